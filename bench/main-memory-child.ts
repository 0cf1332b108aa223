import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDLE_LOCK_LIMITS } from '../shared/api/access';
import { TEST_PASSPHRASE_COST, tempFolder } from '../electron/test-support/temp-db';
import { openClinicRuntime } from '../electron/core/runtime/clinic-runtime';
import { TEST_THERAPIST } from '../e2e/support/profile';
import { call, openChart } from './services';

/**
 * Run by main-memory.ts in a process of its own: opens a copy of the clinic as the app's main
 * process does, does a therapist's first minutes in it (a chart, a busy session, searches), and
 * prints its resident memory. With `--bare` it only prints what the runtime itself takes.
 */
const [clinicFile, chartClientId, busySessionId] = process.argv.slice(2);
if (process.argv.includes('--bare') || !clinicFile || !chartClientId || !busySessionId) {
  console.log(JSON.stringify({ rssBytes: process.memoryUsage().rss }));
} else {
  const folder = tempFolder('fasciamap-bench-memory-');
  const file = join(folder.path, 'fasciamap.sqlite');
  copyFileSync(clinicFile, file);
  const runtime = openClinicRuntime({ file, appVersion: 'bench', passphraseCost: TEST_PASSPHRASE_COST });
  try {
    await call(runtime, 'access.createProfile', TEST_THERAPIST);
    await call(runtime, 'access.setIdleLock', { seconds: IDLE_LOCK_LIMITS.max });
    await openChart(runtime, chartClientId);
    await call(runtime, 'plan.get', { sessionId: busySessionId });
    for (const search of ['garcía', 'mart', 'lucía']) await call(runtime, 'clients.list', { search });
    global.gc?.();
    console.log(JSON.stringify({ rssBytes: process.memoryUsage().rss }));
  } finally {
    runtime.close();
    folder.remove();
  }
}
