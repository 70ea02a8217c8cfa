// Modal dialogs on React Aria Components (docs/adr/0005): focus is contained and returns to
// what opened the dialog, Escape and the backdrop close it, the title names it.
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { ApiError } from '../api';
import { Button } from './Button';
import { Alert } from './ui';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** role="alertdialog" for confirmations of destructive actions. */
  alert?: boolean;
}

export function Dialog({ open, title, onClose, children, alert }: DialogProps) {
  return (
    <ModalOverlay
      isOpen={open}
      onOpenChange={(o) => !o && onClose()}
      isDismissable
      className="dialog-overlay"
    >
      <Modal className="dialog">
        <AriaDialog role={alert ? 'alertdialog' : 'dialog'} className="dialog-inner">
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          {children}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}

interface ConfirmProps {
  open: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** Confirm dialog for destructive actions; shows the API error inside the dialog if the action fails. */
export function ConfirmDialog({ open, title, message, confirmLabel, danger, onConfirm, onClose }: ConfirmProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      setBusy(false);
      setError(null);
    }
  }, [open]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (err) {
      setError(err instanceof ApiError ? err.userMessage : 'Something went wrong. Please try again.');
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      <form onSubmit={submit}>
        <div className="dialog-body">{message}</div>
        {error && <Alert>{error}</Alert>}
        <div className="dialog-actions">
          {/* The safe choice has the focus first. */}
          <Button variant="secondary" onClick={onClose} autoFocus>
            Cancel
          </Button>
          <Button type="submit" variant={danger ? 'danger' : 'primary'} disabled={busy}>
            {busy ? 'Working…' : confirmLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
