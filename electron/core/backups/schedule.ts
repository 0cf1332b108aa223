import type { BackupInfo } from '../../../shared/api/backups';
import type { BackupReason } from './files';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

export interface DailyBackupOptions {
  newest: () => BackupInfo | undefined;
  backup: (reason: BackupReason) => Promise<unknown>;
  now?: () => Date;
  onError: (error: unknown) => void;
}

/** Whether a day has passed since the newest backup (or there is none). */
export function isBackupDue(newest: BackupInfo | undefined, now: Date): boolean {
  return !newest || now.getTime() - new Date(newest.createdAt).getTime() >= DAY_MS;
}

/**
 * Backs up at start when none was made in the last day, then checks every hour, so a clinic computer
 * left running for days still gets one a day. The timer does not keep the process alive.
 */
export function startDailyBackups(options: DailyBackupOptions): () => void {
  const now = options.now ?? (() => new Date());
  const check = () => {
    if (isBackupDue(options.newest(), now())) options.backup('daily').catch(options.onError);
  };
  check();
  const timer = setInterval(check, HOUR_MS);
  timer.unref();
  return () => clearInterval(timer);
}
