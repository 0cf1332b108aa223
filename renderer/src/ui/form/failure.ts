import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { failureMessages } from '../validate';

/**
 * Shows a refused call on the form: each field's message beside it, and a message for the whole
 * form (the contract's path "") as the form's `root` error.
 */
export function showFailure<V extends FieldValues>(setError: UseFormSetError<V>, error: unknown): void {
  for (const [path, message] of Object.entries(failureMessages(error))) {
    setError(path === '' ? 'root' : (path as Path<V>), { type: 'server', message });
  }
}
