import {
  useEffect,
  useId,
  useRef,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { ApiError, type Stage } from '../api';

export const STAGE_LABELS: Record<Stage, string> = {
  learner: 'Learner',
  early_career: 'Early career',
  experienced: 'Experienced',
};

export function stageLabel(stage: string | null | undefined): string {
  return stage && stage in STAGE_LABELS ? STAGE_LABELS[stage as Stage] : '';
}

export const LEVEL_LABELS: Record<number, string> = {
  1: 'Beginner',
  2: 'Novice',
  3: 'Intermediate',
  4: 'Advanced',
  5: 'Expert',
};

export const OPEN_TO_LABELS = {
  mentoring: 'Mentoring others',
  being_mentored: 'Being mentored',
  opportunities: 'Opportunities',
} as const;

export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · pln` : 'pln';
  }, [title]);
}

export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const s = ids.filter(Boolean).join(' ');
  return s || undefined;
}

interface FieldShell {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  optional?: boolean;
}

type InputFieldProps = FieldShell &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
    value: string;
    onChange: (v: string) => void;
    inputRef?: Ref<HTMLInputElement>;
  };

export function TextField({ label, error, hint, optional, value, onChange, inputRef, id, className, ...rest }: InputFieldProps) {
  const auto = useId();
  const fid = id ?? auto;
  const hintId = hint ? `${fid}-hint` : undefined;
  const errId = error ? `${fid}-error` : undefined;
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={fid}>
        {label}
        {optional && <span className="optional"> (optional)</span>}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <input
        id={fid}
        ref={inputRef}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errId)}
        {...rest}
      />
      {error && <FieldErrorText id={errId!}>{error}</FieldErrorText>}
    </div>
  );
}

type TextAreaProps = FieldShell &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> & {
    value: string;
    onChange: (v: string) => void;
  };

export function TextAreaField({ label, error, hint, optional, value, onChange, id, maxLength, ...rest }: TextAreaProps) {
  const auto = useId();
  const fid = id ?? auto;
  const hintId = `${fid}-hint`;
  const errId = error ? `${fid}-error` : undefined;
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={fid}>
        {label}
        {optional && <span className="optional"> (optional)</span>}
      </label>
      <p className="hint" id={hintId}>
        {hint}
        {hint && maxLength ? ' ' : ''}
        {maxLength ? `${value.length} of ${maxLength} characters.` : ''}
      </p>
      <textarea
        id={fid}
        value={value}
        maxLength={maxLength}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errId)}
        {...rest}
      />
      {error && <FieldErrorText id={errId!}>{error}</FieldErrorText>}
    </div>
  );
}

type SelectProps = FieldShell &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> & {
    value: string;
    onChange: (v: string) => void;
    children: ReactNode;
  };

export function SelectField({ label, error, hint, optional, value, onChange, id, children, className, ...rest }: SelectProps) {
  const auto = useId();
  const fid = id ?? auto;
  const hintId = hint ? `${fid}-hint` : undefined;
  const errId = error ? `${fid}-error` : undefined;
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={fid}>
        {label}
        {optional && <span className="optional"> (optional)</span>}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <select
        id={fid}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errId)}
        {...rest}
      >
        {children}
      </select>
      {error && <FieldErrorText id={errId!}>{error}</FieldErrorText>}
    </div>
  );
}

/** "must be set" -> "Must be set." (API messages are lower-case fragments). */
export function sentence(s: string): string {
  const t = s.trim();
  if (!t) return t;
  const c = t[0].toUpperCase() + t.slice(1);
  return /[.!?]$/.test(c) ? c : `${c}.`;
}

export function FieldErrorText({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className="field-error" id={id}>
      <span aria-hidden="true" className="error-icon">
        !
      </span>
      <span>{typeof children === 'string' ? sentence(children) : children}</span>
    </p>
  );
}

/** An error message that screen readers announce when it appears. */
export function Alert({ children, tone = 'error', focus = false }: { children: ReactNode; tone?: 'error' | 'info' | 'success'; focus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus, children]);
  return (
    <div ref={ref} className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'} tabIndex={focus ? -1 : undefined}>
      {children}
    </div>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty-title">{title}</p>
      {children}
    </div>
  );
}

/** The app's one date format ("Dec 1, 2026"). A date without a time ("2026-12-01") is that day
 *  wherever the reader is, not midnight UTC shifted into the previous day. */
export function formatDate(iso: string | undefined | null): string {
  if (!iso) return '';
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const d = dateOnly ? new Date(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])) : new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  const first = parts[0][0] ?? '';
  const last = parts.length > 1 ? parts[parts.length - 1][0] ?? '' : '';
  return (first + last).toUpperCase();
}

export function Avatar({ name, size = 'md' }: { name: string; size?: 'md' | 'lg' }) {
  // Decorative: the name is always shown next to it.
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return (
    <span className={`avatar avatar-${size} avatar-c${h % 6}`} aria-hidden="true">
      {initials(name)}
    </span>
  );
}

/** What to tell a person about a failed API call. */
export function errorText(e: unknown, fallback: string): string {
  return e instanceof ApiError ? e.userMessage : fallback;
}

/** The field errors of a failed API call, by field path. */
export function fieldErrors(e: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (e instanceof ApiError) for (const d of e.details) out[d.field] = d.message;
  return out;
}
