import type { CoursePrintout } from '../../../../../shared/domain/printouts/course';
import { printedDate, printedDateTime } from '../format';

/** The top of a course printout's first page: who wrote it, for whom, which course and up to when. */
export function CourseHeader({ printout, title }: { printout: CoursePrintout; title: string }) {
  const { clinic, client, asOf, courseName } = printout;
  return (
    <header className="print-header">
      <div className="print-header__clinic">
        <p className="print-header__clinic-name">{clinic.clinicName || 'FasciaMap'}</p>
        {clinic.therapistName && <p>Therapist: {clinic.therapistName}</p>}
      </div>
      <h1 className="print-header__title">{title}</h1>
      <dl className="print-facts">
        <div>
          <dt>Client</dt>
          <dd>{client.name}</dd>
        </div>
        <div>
          <dt>Date of birth</dt>
          <dd>{printedDate(client.dateOfBirth)}</dd>
        </div>
        <div>
          <dt>Course</dt>
          <dd>{courseName ?? 'Sessions outside a course'}</dd>
        </div>
        <div>
          <dt>As of the session on</dt>
          <dd>{printedDateTime(asOf.startsAt)}</dd>
        </div>
      </dl>
    </header>
  );
}
