import { ChangeReason } from '../../../../shared/domain/outcomes/correction';
import { TextArea } from '../../ui/TextArea';

/** The shared rule's message for a reason as typed, or undefined when it will do. */
export function reasonProblem(reason: string): string | undefined {
  return ChangeReason.safeParse(reason).error?.issues[0]?.message;
}

/** Why the record changes, in the therapist's words: required, and kept in the audit log. */
export function ReasonField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  return (
    <TextArea
      label={label}
      value={value}
      onChange={onChange}
      error={error}
      hint="Kept in the audit log with your name"
      rows={2}
    />
  );
}
