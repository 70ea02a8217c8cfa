// Date picker, combobox and number field on React Aria Components, shaped like the app's other
// fields (label, hint, error tied to the control). Values stay strings ("2026-12-08", "3") so
// forms hand them to the API as before.
import { parseDate } from '@internationalized/date';
import { useId } from 'react';
import {
  Button as AriaButton,
  Calendar,
  CalendarCell,
  CalendarGrid,
  ComboBox,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog as AriaDialog,
  FieldError,
  Group,
  Heading,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  NumberField as AriaNumberField,
  Popover,
  Text,
} from 'react-aria-components';
import { sentence } from './ui';

interface Shell {
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
}

function FieldLabel({ label, optional }: { label: string; optional?: boolean }) {
  return (
    <Label>
      {label}
      {optional && <span className="optional"> (optional)</span>}
    </Label>
  );
}

function Messages({ hint, error }: { hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <Text slot="description" className="hint">
          {hint}
        </Text>
      )}
      {error && (
        <FieldError className="field-error">
          <span aria-hidden="true" className="error-icon">
            !
          </span>
          <span>{sentence(error)}</span>
        </FieldError>
      )}
    </>
  );
}

function safeDate(s: string | undefined) {
  if (!s) return null;
  try {
    return parseDate(s);
  } catch {
    return null;
  }
}

/** A date (YYYY-MM-DD): typed segment by segment, or picked from a calendar. */
export function DateField({ label, hint, error, optional, value, onChange, min, max }: Shell & {
  value: string;
  onChange: (v: string) => void;
  min?: string;
  max?: string;
}) {
  return (
    <DatePicker
      className={`field${error ? ' has-error' : ''}`}
      value={safeDate(value)}
      onChange={(d) => onChange(d ? d.toString() : '')}
      minValue={safeDate(min) ?? undefined}
      maxValue={safeDate(max) ?? undefined}
      isInvalid={!!error}
      shouldForceLeadingZeros
    >
      <FieldLabel label={label} optional={optional} />
      <Group className="date-group">
        <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
        <AriaButton className="btn btn-secondary btn-small date-button" aria-label="Open calendar">
          <span aria-hidden="true">▾</span>
        </AriaButton>
      </Group>
      <Messages hint={hint} error={error} />
      <Popover className="popover">
        <AriaDialog className="calendar-dialog" aria-label={`${label}: calendar`}>
          <Calendar className="calendar">
            <header className="calendar-header">
              <AriaButton slot="previous" className="btn btn-secondary btn-small" aria-label="Previous month">
                ‹
              </AriaButton>
              <Heading className="calendar-title" />
              <AriaButton slot="next" className="btn btn-secondary btn-small" aria-label="Next month">
                ›
              </AriaButton>
            </header>
            <CalendarGrid className="calendar-grid">{(date) => <CalendarCell date={date} className="calendar-cell" />}</CalendarGrid>
          </Calendar>
        </AriaDialog>
      </Popover>
    </DatePicker>
  );
}

/** Free text with suggestions (the member's own fields or skills, say): any value may be typed. */
export function ComboBoxField({ label, hint, error, optional, value, onChange, suggestions, className }: Shell & {
  value: string;
  onChange: (v: string) => void;
  suggestions: string[];
  className?: string;
}) {
  const id = useId();
  const items = [...new Set(suggestions)].map((s) => ({ id: s, name: s }));
  return (
    <ComboBox
      className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}
      allowsCustomValue
      menuTrigger="focus"
      inputValue={value}
      onInputChange={onChange}
      items={items}
      isInvalid={!!error}
    >
      <FieldLabel label={label} optional={optional} />
      <div className="combo-group">
        {/* Suggestions open on focus and while typing; no separate button to label. */}
        <Input id={id} />
      </div>
      <Messages hint={hint} error={error} />
      <Popover className="popover">
        <ListBox className="listbox">
          {(item: { id: string; name: string }) => (
            <ListBoxItem id={item.id} className="listbox-item">
              {item.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

/** A whole number in a range, with steppers. */
export function NumberField({ label, hint, error, optional, value, onChange, min, max }: Shell & {
  value: string;
  onChange: (v: string) => void;
  min?: number;
  max?: number;
}) {
  const n = Number(value);
  return (
    <AriaNumberField
      className={`field${error ? ' has-error' : ''}`}
      value={value === '' || Number.isNaN(n) ? NaN : n}
      onChange={(v) => onChange(Number.isNaN(v) ? '' : String(v))}
      minValue={min}
      maxValue={max}
      step={1}
      isInvalid={!!error}
      formatOptions={{ maximumFractionDigits: 0 }}
    >
      <FieldLabel label={label} optional={optional} />
      <Group className="number-group">
        <AriaButton slot="decrement" className="btn btn-secondary btn-small">
          −
        </AriaButton>
        <Input />
        <AriaButton slot="increment" className="btn btn-secondary btn-small">
          +
        </AriaButton>
      </Group>
      <Messages hint={hint} error={error} />
    </AriaNumberField>
  );
}
