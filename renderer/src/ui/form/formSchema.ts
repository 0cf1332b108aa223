import { z } from 'zod';
import type { FieldIssue } from '../../../../shared/api/errors';
import { fieldIssues } from '../../../../shared/api/issues';

/**
 * A form's values as typed, read into the shared input schema and checked by the shared rules,
 * for `zodResolver`: the therapist sees every message main would give, next to its field, before
 * anything is sent, and the submit handler receives the parsed input. `fieldOf` names the form
 * field for an input path when the form holds a value differently from the contract, as the intake
 * form holds each medication as a row.
 */
export function formSchema<Values, S extends z.ZodType>(
  toInput: (values: Values) => unknown,
  schema: S,
  rules: (value: z.output<S>) => FieldIssue[] = () => [],
  fieldOf: (path: string, values: Values) => string = (path) => path,
) {
  return z.custom<Values>().transform((values, context): z.output<S> => {
    const read = schema.safeParse(toInput(values));
    const issues = read.success ? rules(read.data) : fieldIssues(read.error);
    for (const issue of issues) {
      context.addIssue({
        code: 'custom',
        path: fieldOf(issue.path, values).split('.'),
        message: issue.message,
      });
    }
    return read.success ? read.data : z.NEVER;
  });
}
