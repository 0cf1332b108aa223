import type { BackupInfo } from '../../../../shared/api/backups';

const REASONS: Record<BackupInfo['reason'], string> = {
  manual: 'made by hand',
  daily: 'daily',
  quit: 'on closing',
};

/** "2 March 2026, 09:30 · daily · encrypted · 1.2 MB", in the clinic's locale and time zone. */
export function describeBackup(backup: BackupInfo): { when: string; detail: string } {
  const when = new Date(backup.createdAt).toLocaleString(undefined, {
    dateStyle: 'long',
    timeStyle: 'short',
  });
  const size =
    backup.bytes >= 1_000_000
      ? `${(backup.bytes / 1_000_000).toFixed(1)} MB`
      : `${Math.max(1, Math.round(backup.bytes / 1000))} kB`;
  const sealed = backup.encrypted ? 'encrypted' : 'not encrypted';
  return { when, detail: `${REASONS[backup.reason]} · ${sealed} · ${size}` };
}
