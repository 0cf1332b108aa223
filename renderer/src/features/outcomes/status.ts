import type { AssessmentStatus } from '../../../../shared/domain/outcomes/schedule';

/** How a scheduled assessment's status reads on the home screen and the client chart. */
export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, string> = {
  done: 'Done',
  overdue: 'Overdue',
  due: 'Due soon',
  upcoming: 'Upcoming',
};
