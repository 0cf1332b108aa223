import { useId, useState } from 'react';

/**
 * Inputs that save when the therapist is done with them (on change for choices, on leaving the
 * field for text), so each saved change is one step to undo.
 */
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

export function CommitTextField({
  label,
  value,
  onCommit,
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
  onCommit: (value: string) => void;
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
  // A new saved value (after an undo, say) replaces what is shown: React's "adjust state on a prop change".
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  const commit = () => {
    if (text !== value) onCommit(text);
  };
  const common = {
    id,
    className: 'field__input',
    value: text,
    disabled,
    onBlur: commit,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => setText(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          step={step}
          min={min}
          max={max}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
      )}
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
