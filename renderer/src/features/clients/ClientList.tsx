import { useState } from 'react';
import { clientDisplayName } from '../../../../shared/domain/client';
import { ageOn, calendarDateOf } from '../../../../shared/domain/dates';
import type { CLIENT_SHOWS, CLIENT_SORTS, ClientSummary } from '../../../../shared/domain/overview';
import { useCallQuery } from '../../api/queries';
import { hrefFor } from '../../navigation/routes';
import { formatDateTime } from '../../ui/format';
import { Select } from '../../ui/Select';

type Sort = (typeof CLIENT_SORTS)[number];
type Show = (typeof CLIENT_SHOWS)[number];

const SORT_OPTIONS: { value: Sort; label: string }[] = [
  { value: 'name', label: 'Name' },
  { value: 'nextSession', label: 'Next session' },
  { value: 'lastSession', label: 'Last session' },
];
const SHOW_OPTIONS: { value: Show; label: string }[] = [
  { value: 'active', label: 'Active clients' },
  { value: 'archived', label: 'Archived clients' },
  { value: 'deleted', label: 'Deleted clients' },
];

/**
 * A screen of clients at a time: the list asks main for one more than it shows, so it knows
 * whether to offer the next page, and a search or sort starts again from the first page.
 */
const PAGE = 50;

/** Age, then the next and last sessions when there are any. */
function rowMeta(client: ClientSummary, today: string): string {
  return [
    `${ageOn(client.dateOfBirth, today)} years`,
    client.nextSessionAt && `next ${formatDateTime(client.nextSessionAt)}`,
    client.lastSessionAt && `last ${formatDateTime(client.lastSessionAt)}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

export function ClientList() {
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<Sort>('name');
  const [show, setShow] = useState<Show>('active');
  const [shown, setShown] = useState(PAGE);
  const clients = useCallQuery('clients.list', { search, sort, show, limit: shown + 1 });
  const firstPage =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setShown(PAGE);
    };
  const today = calendarDateOf(new Date());

  return (
    <section className="screen" aria-labelledby="clients-heading">
      <header className="screen__header">
        <h1 id="clients-heading">Clients</h1>
        <a className="button button--primary" href={hrefFor({ place: 'new-client' })}>
          New client
        </a>
      </header>
      <div className="toolbar">
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
            onChange={(event) => firstPage(setSearch)(event.target.value)}
          />
        </div>
        <Select
          label="Sort by"
          value={sort}
          options={SORT_OPTIONS}
          onChange={(value) => firstPage(setSort)(value as Sort)}
        />
        <Select
          label="Show"
          value={show}
          options={SHOW_OPTIONS}
          onChange={(value) => firstPage(setShow)(value as Show)}
        />
      </div>
      {clients.state === 'failed' && <p role="alert">Could not load clients: {clients.message}</p>}
      {clients.state === 'ready' && clients.value.length === 0 && (
        <div className="empty">
          {search ? (
            <p>No client matches “{search}”.</p>
          ) : show !== 'active' ? (
            <p>No {show} clients.</p>
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
          {clients.value.slice(0, shown).map((client) => (
            <li key={client.id}>
              <a className="client-list__row" href={hrefFor({ place: 'client', clientId: client.id })}>
                <span className="client-list__name">
                  {clientDisplayName(client)}
                  {client.absoluteContraindications.length > 0 && (
                    <span className="badge badge--danger badge--inline">
                      <span aria-hidden="true">⚠</span> Absolute contraindication
                    </span>
                  )}
                </span>
                <span className="client-list__meta">{rowMeta(client, today)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {clients.state === 'ready' && clients.value.length > shown && (
        <button type="button" className="button" onClick={() => setShown(shown + PAGE)}>
          Show more clients
        </button>
      )}
    </section>
  );
}
