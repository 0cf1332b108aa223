import { z } from 'zod';
import { RecordId } from '../domain/common';
import { CalendarDate } from '../domain/dates';
import { Assessment, AssessmentInput } from '../domain/outcomes/assessment';
import { CREATES, defineCall, VIEWS } from './define';

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
};
