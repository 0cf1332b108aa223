import { useId } from 'react';
import { FieldMessage } from '../../ui/FieldMessage';

interface ScoreInputProps {
  label: string;
  value: string;
  min: number;
  max: number;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  step?: number | 'any';
}

/** A labelled number box for one score, with its range stated for the therapist and the browser. */
export function ScoreInput({ label, value, min, max, onChange, error, hint, step = 1 }: ScoreInputProps) {
  const id = useId();
  const messageId = `${id}-message`;
  return (
    <div className="field score-input">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__input score-input__box"
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? messageId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldMessage id={messageId} error={error} hint={hint} />
    </div>
  );
}
