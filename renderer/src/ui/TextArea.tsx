import type { TextareaHTMLAttributes } from 'react';
import { Field } from './Field';

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
}

/** A labelled multi-line field, with its error or hint tied to it like TextField's. */
export function TextArea({ label, value, onChange, error, hint, rows = 3, ...props }: TextAreaProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => (
        <textarea
          {...props}
          {...control}
          rows={rows}
          className="field__input field__input--area"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
