import type { FieldErrors } from 'react-hook-form';
import type { AssessmentValues } from './assessmentForm';

/** Main's refusal, or a pointer to the fields whose messages need attention. */
export function FormProblems({ errors }: { errors: FieldErrors<AssessmentValues> }) {
  if (errors.root) return <p role="alert">Could not save: {errors.root.message}</p>;
  if (Object.keys(errors).length === 0) return null;
  return (
    <p className="field__error" role="alert">
      Some entries need attention: see the messages above.
    </p>
  );
}
