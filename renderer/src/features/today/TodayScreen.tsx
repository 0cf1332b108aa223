import type { SessionSummary } from '../../../../shared/domain/overview';
import { STATUS_LABELS } from '../../../../shared/domain/session';
import { useCallQuery } from '../../api/queries';
import { hrefFor } from '../../navigation/routes';
import { formatDateTime } from '../../ui/format';
import { ClientBadges } from '../clients/ClientBadges';
import { AssessmentsDue } from '../outcomes/AssessmentsDue';

function SessionItems({
  sessions,
  label,
  showDate,
}: {
  sessions: SessionSummary[];
  label: string;
  showDate: boolean;
}) {
  return (
    <ul className="day-list" aria-label={label}>
      {sessions.map((session) => (
        <li key={session.id} className="day-list__item">
          <a href={hrefFor({ place: 'session', sessionId: session.id })} className="day-list__link">
            <span className="day-list__time">
              {showDate ? formatDateTime(session.startsAt) : session.startsAt.slice(11)}
            </span>
            <span className="day-list__name">{session.clientName}</span>
            <span className="day-list__meta">
              {session.courseName ?? 'Single session'} · {session.plannedMinutes} min ·{' '}
              {STATUS_LABELS[session.status]}
            </span>
          </a>
          <a className="day-list__chart" href={hrefFor({ place: 'client', clientId: session.clientId })}>
            Chart<span className="visually-hidden"> of {session.clientName}</span>
          </a>
          <ClientBadges alerts={session.alerts} compact />
        </li>
      ))}
    </ul>
  );
}

/** The home screen: today's sessions, notes waiting for a signature, and assessments overdue or due soon. */
export function TodayScreen() {
  const overview = useCallQuery('today.overview', {});
  return (
    <section className="screen screen--wide" aria-labelledby="today-heading">
      <header className="screen__header">
        <h1 id="today-heading">Today</h1>
        {overview.state === 'ready' && <p className="screen__date">{overview.value.date}</p>}
      </header>
      {overview.state === 'failed' && <p role="alert">Could not load today: {overview.message}</p>}
      {overview.state === 'ready' && (
        <div className="today">
          <section className="panel" aria-labelledby="today-sessions">
            <h2 id="today-sessions">Today’s sessions</h2>
            {overview.value.sessions.length === 0 ? (
              <div className="empty">
                <p>No sessions planned for today.</p>
                <p>
                  Open a <a href={hrefFor({ place: 'clients' })}>client</a> to plan a session or start a
                  course; a new clinic starts by adding its first client.
                </p>
              </div>
            ) : (
              <SessionItems sessions={overview.value.sessions} label="Today’s sessions" showDate={false} />
            )}
          </section>
          <section className="panel" aria-labelledby="today-unsigned">
            <h2 id="today-unsigned">Notes to sign</h2>
            {overview.value.unsigned.length === 0 ? (
              <p className="empty">Every note of a finished session is signed.</p>
            ) : (
              <SessionItems sessions={overview.value.unsigned} label="Notes to sign" showDate />
            )}
          </section>
          <AssessmentsDue />
        </div>
      )}
    </section>
  );
}
