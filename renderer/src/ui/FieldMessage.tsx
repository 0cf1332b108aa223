/** The line under a control: its error if any, else its hint. */
export function FieldMessage({
  id,
  error,
  hint,
}: {
  id: string;
  error?: string | undefined;
  hint?: string | undefined;
}) {
  if (error) {
    return (
      <p className="field__error" id={id}>
        {error}
      </p>
    );
  }
  if (hint) {
    return (
      <p className="field__hint" id={id}>
        {hint}
      </p>
    );
  }
  return null;
}
