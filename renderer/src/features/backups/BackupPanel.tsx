import { useState } from 'react';
import type { BackupInfo } from '../../../../shared/api/backups';
import { call } from '../../api/client';
import { useCallQuery } from '../../api/queries';
import { PassphraseField } from '../../ui/PassphraseField';
import { ClinicPassphrase } from './ClinicPassphrase';
import { describeBackup } from './format';

/** Back up now, encrypt backups with the clinic passphrase, see the backups kept, and restore one. */
export function BackupPanel() {
  const backups = useCallQuery('backups.list', {});
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function backUpNow() {
    setBusy(true);
    try {
      const made = await call('backups.create', {});
      setMessage(`Backed up: ${describeBackup(made).when}`);
    } catch (error) {
      setMessage(`Could not back up: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      <p className="panel__lead">
        FasciaMap backs up every day and whenever it closes, keeping the 3 newest backups and one for each of
        the last 7 days and 4 weeks, in the “backups” folder beside the database. The newest backup that holds
        records and passes every check is always kept, and a database that fails its check is never copied.
        Encrypted backups need the clinic passphrase to be restored.
      </p>
      <div className="panel__row">
        <button className="button button--primary" type="button" onClick={backUpNow} disabled={busy}>
          {busy ? 'Backing up…' : 'Back up now'}
        </button>
        <p role="status">{message}</p>
      </div>
      <ClinicPassphrase />
      {backups.state === 'failed' && <p role="alert">{backups.message}</p>}
      {backups.state === 'ready' && <BackupList backups={backups.value.backups} />}
    </section>
  );
}

export function BackupList({ backups }: { backups: BackupInfo[] }) {
  if (backups.length === 0) return <p className="panel__lead">No backups yet.</p>;
  return (
    <ul className="backup-list" aria-label="Backups">
      {backups.map((backup) => (
        <BackupRow key={backup.name} backup={backup} />
      ))}
    </ul>
  );
}

function BackupRow({ backup }: { backup: BackupInfo }) {
  const [confirming, setConfirming] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [outcome, setOutcome] = useState('');
  const [busy, setBusy] = useState(false);
  const { when, detail } = describeBackup(backup);

  async function restore() {
    setBusy(true);
    try {
      await call(
        'backups.restore',
        backup.encrypted ? { name: backup.name, passphrase } : { name: backup.name },
      );
      setOutcome('Restored. The file it replaced was kept in the backups folder.');
      // Main locks after a restore, as the restored file may hold other profiles: the restore drops
      // every cached answer, so the lock screen follows from access.status.
      setConfirming(false);
    } catch (error) {
      setOutcome(`Not restored: ${(error as Error).message}`);
      // A wrong passphrase may be typed again; any other refusal ends the attempt.
      if (!backup.encrypted) setConfirming(false);
    } finally {
      setPassphrase('');
      setBusy(false);
    }
  }

  return (
    <li>
      <span>
        {when} <span className="backup-list__meta">· {detail}</span>
        {outcome && <span role="alert"> {outcome}</span>}
      </span>
      {confirming ? (
        <span className="confirm">
          <span>Replace today’s records with this backup?</span>
          {backup.encrypted && (
            <PassphraseField
              label="Clinic passphrase it was encrypted with"
              autoComplete="off"
              autoFocus
              value={passphrase}
              onChange={setPassphrase}
            />
          )}
          <button
            className="button button--danger"
            type="button"
            onClick={restore}
            disabled={busy || (backup.encrypted && passphrase === '')}
          >
            {busy ? 'Restoring…' : 'Restore'}
          </button>
          <button className="button button--quiet" type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </span>
      ) : (
        <button
          className="button"
          type="button"
          onClick={() => setConfirming(true)}
          aria-label={`Restore the backup of ${when}`}
        >
          Restore…
        </button>
      )}
    </li>
  );
}
