import { clientDisplayName } from '../../../../shared/domain/client';
import { calendarDateOf } from '../../../../shared/domain/common';
import { hrefFor } from '../../app/routes';
import { ageOn } from '../../ui/age';
import { useClient } from './useClients';

export function ClientChart({ clientId }: { clientId: string }) {
  const client = useClient(clientId);
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
  const { value } = client;
  return (
    <section className="screen" aria-labelledby="chart-heading">
      <header className="screen__header">
        <h1 id="chart-heading">{clientDisplayName(value)}</h1>
      </header>
      <dl className="facts">
        <dt>Age</dt>
        <dd>{ageOn(value.dateOfBirth, calendarDateOf(new Date()))} years</dd>
        <dt>Date of birth</dt>
        <dd>{value.dateOfBirth}</dd>
        <dt>Phone</dt>
        <dd>{value.phone || '—'}</dd>
        <dt>Email</dt>
        <dd>{value.email || '—'}</dd>
      </dl>
    </section>
  );
}
