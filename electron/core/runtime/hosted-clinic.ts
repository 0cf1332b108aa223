import type { CallName } from '../../../shared/api/names';
import { startDailyBackups } from '../backups/schedule';
import { openClinicRuntime, type ClinicRuntime, type ClinicRuntimeOptions } from './clinic-runtime';
import { closeWithQuitBackup } from './quit-backup';

export interface HostedClinic {
  runtime: ClinicRuntime;
  /** Stops the daily backups, then makes the backup on quit and closes the database. */
  quit: () => Promise<void>;
}

/** By call name and error class only: an error's message may quote a client's records. */
function logInternalError(name: CallName, error: unknown): void {
  console.error(`[fasciamap] ${name} failed: ${error instanceof Error ? error.name : 'unknown error'}`);
}

/**
 * The clinic as a host runs it, Electron's main and the browser host alike: the checked runtime,
 * its daily backups, and unexpected errors logged without data. One wiring, so the hosts cannot
 * drift apart on what they back up or log.
 */
export function openHostedClinic(options: Omit<ClinicRuntimeOptions, 'onInternalError'>): HostedClinic {
  const runtime = openClinicRuntime({ ...options, onInternalError: logInternalError });
  const stopDailyBackups = startDailyBackups({
    newest: () => runtime.ports().backups.list()[0],
    backup: runtime.backup,
    now: options.now,
    onError: () => console.error('[fasciamap] the daily backup failed'),
  });
  return {
    runtime,
    quit: async () => {
      stopDailyBackups();
      await closeWithQuitBackup(runtime);
    },
  };
}
