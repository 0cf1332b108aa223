import type { Printout } from '../../../../shared/domain/printout';
import { printedDate, printedDateTime, sessionOfCourse } from './format';

interface DocumentHeaderProps {
  printout: Printout;
  title: string;
  /** The client's copy: in everyday words, without the date of birth or the protocol's name. */
  plain?: boolean;
}

/** The facts under the title, as [name, value] pairs, left out where there is nothing to say. */
function headerFacts({ client, session }: Printout, plain: boolean): [string, string][] {
  const position = sessionOfCourse(session.number, session.courseTotal);
  const when = printedDateTime(session.startsAt);
  if (plain) {
    return [
      ['Prepared for', client.name],
      ['Your session', position ? `${when} · ${position}` : when],
    ];
  }
  const facts: [string, string][] = [
    ['Client', client.name],
    ['Date of birth', printedDate(client.dateOfBirth)],
    ['Session', when],
  ];
  if (session.courseName) {
    facts.push(['Course', position ? `${session.courseName} · ${position}` : session.courseName]);
  }
  return facts;
}

/** The top of a printout's first page: who printed it, for whom, and which session. */
export function DocumentHeader({ printout, title, plain = false }: DocumentHeaderProps) {
  const { clinic } = printout;
  return (
    <header className="print-header">
      <div className="print-header__clinic">
        <p className="print-header__clinic-name">{clinic.clinicName || 'FasciaMap'}</p>
        {clinic.therapistName && (
          <p>
            {plain ? 'Your therapist' : 'Therapist'}: {clinic.therapistName}
          </p>
        )}
      </div>
      <h1 className="print-header__title">{title}</h1>
      <dl className="print-facts">
        {headerFacts(printout, plain).map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
