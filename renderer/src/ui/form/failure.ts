import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { failureMessages } from '../validate';

/**
 * Shows a refused call on the form: each field's message beside it, and a message for the whole
 * form (the contract's path "") as the form's `root` error. `fieldOf` is the form's own naming of
 * an input path, as given to `formSchema`.
 */
export function showFailure<V extends FieldValues>(
  setError: UseFormSetError<V>,
  error: unknown,
  fieldOf: (path: string) => string = (path) => path,
): void {
  for (const [path, message] of Object.entries(failureMessages(error))) {
    setError(path === '' ? 'root' : (fieldOf(path) as Path<V>), { type: 'server', message });
  }
}
