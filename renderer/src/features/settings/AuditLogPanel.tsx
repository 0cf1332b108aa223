import { useState } from 'react';
import { AUDIT_ACTIONS } from '../../../../shared/api/audit-actions';
import type { AuditFilter, AuditLine } from '../../../../shared/api/audit';
import { AUDIT_ACTION_LABELS } from '../../../../shared/api/audit-words';
import { clientDisplayName } from '../../../../shared/domain/client';
import { addDays, startOfLocalDay } from '../../../../shared/domain/dates';
import { call } from '../../api/client';
import { useCallQuery } from '../../api/queries';
import { formatStamp } from '../../ui/format';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { download } from '../transfer/download';

/** The filter as the screen holds it: '' for "any", days as the therapist picks them. */
interface FilterChoice {
  clientId: string;
  profileId: string;
  action: string;
  fromDay: string;
  toDay: string;
}

const ANY: FilterChoice = { clientId: '', profileId: '', action: '', fromDay: '', toDay: '' };

/** Days are the clinic's local days; main compares moments, so the last day runs to the next one's start. */
function filterOf(choice: FilterChoice): AuditFilter {
  return {
    ...(choice.clientId && { clientId: choice.clientId }),
    ...(choice.profileId && { profileId: choice.profileId }),
    ...(choice.action && { action: choice.action as AuditFilter['action'] }),
    ...(choice.fromDay && { from: startOfLocalDay(choice.fromDay).toISOString() }),
    ...(choice.toDay && { until: startOfLocalDay(addDays(choice.toDay, 1)).toISOString() }),
  };
}

const any = (label: string) => ({ value: '', label });

/**
 * The audit log, newest first: who viewed, changed, signed or exported whose records, filtered and
 * read a page at a time, and exported as CSV. Main filters; reading the log is logged too.
 */
export function AuditLogPanel() {
  const [choice, setChoice] = useState<FilterChoice>(ANY);
  /** The entries read so far, with the filter they were read by, so older pages follow the same one. */
  const [shown, setShown] = useState<{ filter: AuditFilter; lines: AuditLine[]; next: number | null } | null>(
    null,
  );
  const [message, setMessage] = useState('');
  const clients = useCallQuery('clients.list', {});
  const access = useCallQuery('access.status', {});
  const choose = (key: keyof FilterChoice) => (value: string) => setChoice({ ...choice, [key]: value });

  async function read(filter: AuditFilter, older?: { lines: AuditLine[]; beforeSeq: number }) {
    try {
      const page = await call('audit.search', { ...filter, ...(older && { beforeSeq: older.beforeSeq }) });
      setShown({ filter, lines: [...(older?.lines ?? []), ...page.lines], next: page.nextBeforeSeq });
      setMessage('');
    } catch (error) {
      setMessage((error as Error).message);
    }
  }

  async function exportLog() {
    try {
      download(await call('audit.export', filterOf(choice)));
      setMessage('Audit log CSV ready');
    } catch (error) {
      setMessage(`Audit log CSV failed: ${(error as Error).message}`);
    }
  }

  const next = shown?.next ?? null;
  return (
    <section className="panel" aria-labelledby="audit-log-heading">
      <h2 id="audit-log-heading">Audit log</h2>
      <p className="panel__lead">
        Every view, change, signature and export of a record, with who made it and when. The CSV holds the
        entries the filter shows: it names clients, so keep it on encrypted storage.
      </p>
      <form
        className="panel__row"
        aria-label="Audit log filter"
        onSubmit={(event) => {
          event.preventDefault();
          void read(filterOf(choice));
        }}
      >
        <Select
          label="Client"
          value={choice.clientId}
          onChange={choose('clientId')}
          options={[
            any('Any client'),
            ...(clients.state === 'ready' ? clients.value : []).map((client) => ({
              value: client.id,
              label: clientDisplayName(client),
            })),
          ]}
        />
        <Select
          label="Therapist"
          value={choice.profileId}
          onChange={choose('profileId')}
          options={[
            any('Any therapist'),
            ...(access.state === 'ready' ? access.value.profiles : []).map((profile) => ({
              value: profile.id,
              label: profile.displayName,
            })),
          ]}
        />
        <Select
          label="Action"
          value={choice.action}
          onChange={choose('action')}
          options={[
            any('Any action'),
            ...AUDIT_ACTIONS.map((action) => ({ value: action, label: AUDIT_ACTION_LABELS[action] })),
          ]}
        />
        <TextField label="From" type="date" value={choice.fromDay} onChange={choose('fromDay')} />
        <TextField label="To" type="date" value={choice.toDay} onChange={choose('toDay')} />
        <button className="button button--primary" type="submit">
          Show entries
        </button>
        <button className="button" type="button" onClick={() => void exportLog()}>
          Export as CSV
        </button>
      </form>
      <p role="status">{message}</p>
      {shown && (
        <>
          {shown.lines.length === 0 ? (
            <p>No entries match.</p>
          ) : (
            <table className="table" aria-label="Audit entries">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Therapist</th>
                  <th scope="col">Action</th>
                  <th scope="col">Client</th>
                </tr>
              </thead>
              <tbody>
                {shown.lines.map((line) => (
                  <tr key={line.seq}>
                    <td>{formatStamp(line.at)}</td>
                    <td>{line.therapist?.displayName ?? '—'}</td>
                    <td>{line.description}</td>
                    <td>{line.clients.join(', ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {next !== null && (
            <button
              className="button button--quiet"
              type="button"
              onClick={() => void read(shown.filter, { lines: shown.lines, beforeSeq: next })}
            >
              Show older entries
            </button>
          )}
        </>
      )}
    </section>
  );
}
