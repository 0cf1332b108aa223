import { z } from 'zod';
import type { FieldIssue } from '../../../../shared/api/errors';

/**
 * A form's values as typed, read into the shared input schema and checked by the shared rules,
 * for `zodResolver`: the therapist sees every message main would give, next to its field, before
 * anything is sent, and the submit handler receives the parsed input.
 */
export function formSchema<Values, S extends z.ZodType>(
  toInput: (values: Values) => unknown,
  schema: S,
  rules: (value: z.output<S>) => FieldIssue[] = () => [],
) {
  return z
    .custom<Values>()
    .transform(toInput)
    .pipe(schema)
    .superRefine((value, context) => {
      for (const issue of rules(value)) {
        context.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
      }
    });
}
