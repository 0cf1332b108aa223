import { useCallQuery } from '../../api/queries';
import { hrefFor } from '../../navigation/routes';
import type { Session } from '../../../../shared/domain/session';
import { formatDateTime } from '../../ui/format';
import { ClientHeader } from '../clients/ClientHeader';
import { NoteForm } from './NoteForm';
import { SignedNote } from './SignedNote';
import { sessionLabel } from './SessionTimeline';

export function SessionEditor({ sessionId }: { sessionId: string }) {
  const session = useCallQuery('sessions.get', { id: sessionId });
  const clientId = session.state === 'ready' ? session.value.clientId : null;
  if (session.state === 'failed') {
    return (
      <section className="screen">
        <h1>Session not found</h1>
        <p role="alert">{session.message}</p>
      </section>
    );
  }
  if (session.state === 'loading' || !clientId) return <p className="screen">Loading…</p>;
  return <SessionScreen clientId={clientId} session={session.value} />;
}

function SessionScreen({ clientId, session }: { clientId: string; session: Session }) {
  const client = useCallQuery('clients.get', { id: clientId });
  if (client.state !== 'ready') return <p className="screen">Loading…</p>;
  const title = `Session on ${formatDateTime(session.startsAt)}`;
  return (
    <section className="screen screen--wide">
      <ClientHeader
        client={client.value}
        title={title}
        actions={
          <>
            <a className="button" href={hrefFor({ place: 'session-plan', sessionId: session.id })}>
              Findings and plan on the body model
            </a>
            <a
              className="button"
              href={hrefFor({
                place: 'print',
                request: { sessionId: session.id, sheet: 'summary', includeScores: false },
              })}
            >
              Print or save as PDF
            </a>
          </>
        }
      />
      <p className="session__meta">
        {[sessionLabel(session), session.deletedAt && 'Deleted'].filter(Boolean).join(' · ')}
      </p>
      {session.status === 'signed' ? <SignedNote session={session} /> : <NoteForm session={session} />}
    </section>
  );
}
