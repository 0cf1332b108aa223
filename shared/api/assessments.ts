import { z } from 'zod';
import { RecordId } from '../domain/common';
import { CalendarDate } from '../domain/dates';
import { Assessment, AssessmentInput } from '../domain/outcomes/assessment';
import { AssessmentCorrectionInput, AssessmentDeletionInput } from '../domain/outcomes/correction';
import { CHANGES, CREATES, defineCall, DELETES, VIEWS } from './define';

/** A scheduled assessment not yet recorded whose day is near or past, for the home screen. */
export const DueAssessment = z.strictObject({
  clientId: RecordId,
  clientName: z.string(),
  courseId: RecordId,
  courseName: z.string(),
  position: z.int(),
  label: z.string(),
  dueDate: CalendarDate,
  status: z.enum(['overdue', 'due']),
});

export const assessmentsCalls = {
  'assessments.record': defineCall(AssessmentInput, Assessment, CREATES),
  'assessments.list': defineCall(z.strictObject({ clientId: RecordId }), z.array(Assessment), VIEWS),
  'assessments.due': defineCall(z.strictObject({}), z.array(DueAssessment), VIEWS),
  /** Puts right an assessment entered wrongly; the reason goes into the audit entry. */
  'assessments.correct': defineCall(AssessmentCorrectionInput, Assessment, {
    ...CHANGES,
    recordsReason: true,
  }),
  /** Removes an assessment recorded by mistake; the reason goes into the audit entry. */
  'assessments.delete': defineCall(
    AssessmentDeletionInput,
    z.strictObject({ id: RecordId, deleted: z.literal(true) }),
    { ...DELETES, recordsReason: true },
  ),
  /** Names this assessment its course's baseline, the one every trend and change is measured from. */
  'assessments.makeBaseline': defineCall(z.strictObject({ id: RecordId }), Assessment, CHANGES),
};
