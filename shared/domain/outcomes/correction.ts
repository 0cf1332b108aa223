import { z } from 'zod';
import { RecordId, requiredText } from '../common';
import { AssessmentInput } from './assessment';

/**
 * Why an assessment is corrected or deleted, in the therapist's words. Required: the audit entry
 * keeps it, so the record can say later why a score changed or went.
 */
export const ChangeReason = requiredText('Reason', 500);

/**
 * An assessment as it should have been entered. The client and course stay as recorded: an
 * assessment put on the wrong client is deleted and recorded again on the right one.
 */
export const AssessmentCorrectionInput = z.strictObject({
  ...AssessmentInput.omit({ clientId: true, courseId: true }).shape,
  id: RecordId,
  reason: ChangeReason,
});
export type AssessmentCorrectionInput = z.input<typeof AssessmentCorrectionInput>;

export const AssessmentDeletionInput = z.strictObject({ id: RecordId, reason: ChangeReason });
export type AssessmentDeletionInput = z.input<typeof AssessmentDeletionInput>;
