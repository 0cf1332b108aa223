import { useCallQuery } from '../../api/queries';
import { hrefFor } from '../../navigation/routes';
import { CourseList } from '../courses/CourseList';
import { ClientOutcomes } from '../outcomes/ClientOutcomes';
import { SessionTimeline } from '../sessions/SessionTimeline';
import { ClientActions } from './ClientActions';
import { ClientHeader } from './ClientHeader';
import { IntakeSummary } from './IntakeSummary';

export function ClientChart({ clientId }: { clientId: string }) {
  const client = useCallQuery('clients.get', { id: clientId });
  const courses = useCallQuery('courses.list', { clientId });
  const sessions = useCallQuery('sessions.list', { clientId });
  if (client.state === 'loading') return <p className="screen">Loading…</p>;
  if (client.state === 'failed') {
    return (
      <section className="screen">
        <h1>Client not found</h1>
        <p role="alert">{client.message}</p>
        <a href={hrefFor({ place: 'clients' })}>Back to clients</a>
      </section>
    );
  }
  const value = client.value;
  return (
    <section className="screen screen--wide">
      <ClientHeader client={value} actions={<ClientActions client={value} />} />
      <div className="chart">
        <div className="chart__main">
          {courses.state === 'ready' && <CourseList client={value} courses={courses.value} />}
          {sessions.state === 'ready' && courses.state === 'ready' && (
            <SessionTimeline client={value} sessions={sessions.value} courses={courses.value} />
          )}
        </div>
        <div className="chart__side">
          <IntakeSummary client={value} />
        </div>
      </div>
      <ClientOutcomes clientId={clientId} />
    </section>
  );
}
