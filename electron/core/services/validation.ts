import { ApiFailure, type FieldIssue } from '../../../shared/api/errors';

/** Rejects a call whose input passed its schema but breaks a clinical rule. */
export function assertNoRuleIssues(issues: FieldIssue[]): void {
  if (issues.length > 0) {
    throw new ApiFailure('VALIDATION', issues[0]!.message, { issues });
  }
}
