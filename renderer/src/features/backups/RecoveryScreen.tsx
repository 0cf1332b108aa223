import type { Recovery } from '../../../../shared/api/access';
import { useCallQuery } from '../../api/queries';
import { BackupList } from './BackupPanel';

/**
 * Shown instead of the app when the database failed its check, or its file is missing or empty while
 * backups of the clinic exist (main does not start an empty clinic over them). Main refuses every
 * change; restoring a backup (whatever file is there is kept aside) is the way back.
 */
export function RecoveryScreen({ recovery }: { recovery: Recovery }) {
  const backups = useCallQuery('backups.list', {});
  return (
    <main className="gate">
      <section className="gate__card gate__card--wide" aria-labelledby="recovery-heading">
        <p className="gate__brand">FasciaMap</p>
        <h1 id="recovery-heading">The clinic’s database needs to be restored</h1>
        <p className="gate__error" role="alert">
          The clinic database is read-only because {recovery.reason}. Nothing can be changed until a backup is
          restored.
        </p>
        <p className="gate__lead">
          {recovery.newestGoodBackup
            ? 'The newest backup that passes every check and holds the clinic’s records is below. Restoring it keeps the current file, if there is one, aside in the backups folder.'
            : 'No backup passes the checks. Do not delete anything: ask for help to recover the file.'}
        </p>
        {recovery.newestGoodBackup && backups.state === 'ready' && (
          <BackupList
            backups={backups.value.backups.filter((backup) => backup.name === recovery.newestGoodBackup)}
          />
        )}
      </section>
    </main>
  );
}
