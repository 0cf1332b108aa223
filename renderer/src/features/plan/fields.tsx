import { useId, useState } from 'react';
import { FieldMessage } from '../../ui/FieldMessage';

/** A choice from a list: saved as soon as it is made. */
export function ChoiceField<T extends string>({
  label,
  value,
  options,
  onChange,
  disabled,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field__input"
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Text saved as it is typed: each keystroke is handed to `onType`, which answers with the message
 * when the text cannot be saved; leaving the field (or Enter on one line) is `onDone`.
 */
export function TypedField({
  label,
  value,
  onType,
  onDone,
  disabled,
  multiline,
  type = 'text',
  step,
  min,
  max,
  hint,
}: {
  label: string;
  value: string;
  onType: (text: string) => string | null;
  onDone: () => void;
  disabled?: boolean;
  multiline?: boolean;
  type?: 'text' | 'number';
  step?: number;
  min?: number;
  max?: number;
  hint?: string;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  // A new saved value (after an undo, say) replaces what is shown, but never what is being typed:
  // React's "adjust state on a prop change".
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if (!focused) {
      setText(value);
      setProblem(null);
    }
  }
  const edit = (next: string) => {
    setText(next);
    setProblem(onType(next));
  };
  const common = {
    id,
    className: 'field__input',
    value: text,
    disabled,
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false);
      onDone();
    },
    'aria-invalid': problem !== null || undefined,
    'aria-describedby': problem || hint ? `${id}-message` : undefined,
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => edit(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          step={step}
          min={min}
          max={max}
          onChange={(e) => edit(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && onDone()}
        />
      )}
      <FieldMessage id={`${id}-message`} error={problem ?? undefined} hint={hint} />
    </div>
  );
}

/** A number typed as text: what cannot be read as one is refused here, the rest by `onNumber`. */
export function numberTyped(onNumber: (value: number) => string | null) {
  return (text: string) => {
    const value = Number(text);
    return text.trim() === '' || !Number.isFinite(value) ? 'Type a number' : onNumber(value);
  };
}
