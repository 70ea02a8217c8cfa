// "Leave without saving?": asked by the unsaved-changes guard (UnsavedChanges.tsx).
import { Button } from './Button';
import { Dialog } from './Dialog';

export default function LeaveDialog({ onStay, onLeave }: { onStay: () => void; onLeave: () => void }) {
  return (
    <Dialog open title="Leave without saving?" onClose={onStay}>
      <p className="dialog-body">You have changes on this page that are not saved yet. They will be lost if you leave.</p>
      <div className="dialog-actions">
        <Button variant="primary" autoFocus onClick={onStay}>
          Stay on this page
        </Button>
        <Button variant="danger" onClick={onLeave}>
          Leave and discard
        </Button>
      </div>
    </Dialog>
  );
}
