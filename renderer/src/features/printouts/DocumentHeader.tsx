import type { Printout } from '../../../../shared/domain/printout';
import { printedDate, printedDateTime, sessionOfCourse } from './format';

/** The top of a printout's first page: who printed it, for whom, and which session. */
export function DocumentHeader({ printout, title }: { printout: Printout; title: string }) {
  const { clinic, client, session } = printout;
  const position = sessionOfCourse(session.number, session.courseTotal);
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
          <dt>Session</dt>
          <dd>{printedDateTime(session.startsAt)}</dd>
        </div>
        {session.courseName && (
          <div>
            <dt>Course</dt>
            <dd>
              {session.courseName}
              {position && ` · ${position}`}
            </dd>
          </div>
        )}
      </dl>
    </header>
  );
}
