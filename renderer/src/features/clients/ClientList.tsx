import { useState } from 'react';
import { clientDisplayName } from '../../../../shared/domain/client';
import { calendarDateOf } from '../../../../shared/domain/common';
import { hrefFor } from '../../app/routes';
import { ageOn } from '../../ui/age';
import { useClientSearch } from './useClients';

export function ClientList() {
  const [search, setSearch] = useState('');
  const clients = useClientSearch(search);
  const today = calendarDateOf(new Date());

  return (
    <section className="screen" aria-labelledby="clients-heading">
      <header className="screen__header">
        <h1 id="clients-heading">Clients</h1>
        <a className="button button--primary" href={hrefFor({ place: 'new-client' })}>
          New client
        </a>
      </header>
      <div className="search">
        <label className="field__label" htmlFor="client-search">
          Search clients
        </label>
        <input
          id="client-search"
          className="field__input"
          type="search"
          placeholder="Name"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      {clients.state === 'failed' && <p role="alert">Could not load clients: {clients.message}</p>}
      {clients.state === 'ready' && clients.value.length === 0 && (
        <div className="empty">
          {search ? (
            <p>No client matches “{search}”.</p>
          ) : (
            <>
              <h2>No clients yet</h2>
              <p>Add your first client to record their intake and plan their sessions.</p>
              <a className="button button--primary" href={hrefFor({ place: 'new-client' })}>
                Add a client
              </a>
            </>
          )}
        </div>
      )}
      {clients.state === 'ready' && clients.value.length > 0 && (
        <ul className="client-list" aria-label="Client list">
          {clients.value.map((client) => (
            <li key={client.id}>
              <a className="client-list__row" href={hrefFor({ place: 'client', clientId: client.id })}>
                <span className="client-list__name">{clientDisplayName(client)}</span>
                <span className="client-list__meta">
                  {ageOn(client.dateOfBirth, today)} years · born {client.dateOfBirth}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
