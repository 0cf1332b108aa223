import type { z } from 'zod';
import type { FieldIssue } from '../../../shared/api/errors';
import { fieldIssues, messagesByField } from '../../../shared/api/issues';
import { ApiCallError } from '../api/client';

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/**
 * Runs the same schema and rules main applies, so the therapist sees every message at once,
 * next to its field, before anything is sent.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  rules: (value: z.output<S>) => FieldIssue[] = () => [],
): Checked<z.output<S>> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: messagesByField(fieldIssues(parsed.error)) };
  const issues = rules(parsed.data);
  if (issues.length > 0) return { ok: false, errors: messagesByField(issues) };
  return { ok: true, value: parsed.data };
}

/** Field messages from a refused call, or a single message under the key "" for the whole form. */
export function failureMessages(error: unknown): Record<string, string> {
  if (error instanceof ApiCallError && error.details?.issues?.length)
    return messagesByField(error.details.issues);
  return { '': (error as Error).message };
}
