import type { ClinicRuntime } from './clinic-runtime';

/**
 * How the clinic closes when FasciaMap quits, in Electron and in the browser host alike: the backup on
 * quit first (after the last call, so it holds everything the session wrote), then the database. A
 * failed backup is reported, and the database is closed all the same.
 */
export async function closeWithQuitBackup(runtime: Pick<ClinicRuntime, 'backup' | 'close'>): Promise<void> {
  await runtime.backup('quit').catch(() => console.error('[fasciamap] the backup on quit failed'));
  runtime.close();
}
