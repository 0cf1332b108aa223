import type { z } from 'zod';
import type { FieldIssue } from './errors';

/** Turns zod's issues into field paths and messages a form can show next to each control. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** The first message for each field path, the form's view of a list of issues. */
export function messagesByField(issues: readonly FieldIssue[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of issues) byField[issue.path] ??= issue.message;
  return byField;
}
