import { copyFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { IDLE_LOCK_LIMITS } from '../shared/api/access';
import type { FindingBodyInput } from '../shared/domain/plan/findings';
import type { MarkedPlace } from '../electron/test-support/generate-session-map';
import { TEST_PASSPHRASE_COST, tempFolder } from '../electron/test-support/temp-db';
import { passesCheck } from '../electron/core/db/integrity';
import { openClinicRuntime, type ClinicRuntime } from '../electron/core/runtime/clinic-runtime';
import { FULL_CHECK_AT_START_BYTES } from '../electron/core/runtime/start-up-check';
import { TEST_THERAPIST } from '../e2e/support/profile';
import type { BenchClinic } from './clinic';
import { figure, medianMs, type Figure } from './measure';

export interface ServiceRuns {
  /** Small calls (a mark, a chart, a search): many runs, the median is steady. */
  calls: number;
  /** Backups and integrity checks of the whole file: a few runs, each reads every page; 0 leaves them out. */
  backups: number;
}

/** One call through dispatch (admission, validation, service, output check, audit), failing loudly. */
export async function call(runtime: ClinicRuntime, name: string, input: unknown): Promise<unknown> {
  const result = await runtime.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed in the benchmark: ${result.error.message}`);
  return result.value;
}

/** What opening a client's chart asks for, as the chart screen asks for it (all at once). */
export async function openChart(runtime: ClinicRuntime, clientId: string): Promise<void> {
  const [, courses] = (await Promise.all([
    call(runtime, 'clients.get', { id: clientId }),
    call(runtime, 'courses.list', { clientId }),
    call(runtime, 'sessions.list', { clientId }),
    call(runtime, 'assessments.list', { clientId }),
  ])) as [unknown, { id: string }[], unknown, unknown];
  await Promise.all(courses.map((course) => call(runtime, 'outcomes.course', { courseId: course.id })));
}

/** A finding as a click on the model makes it: an adhesion at the clicked place. */
function clickedFinding(place: MarkedPlace): FindingBodyInput {
  return {
    kind: 'adhesion',
    anchor: place.anchor,
    depth: 'deep_fascia',
    direction: place.direction,
    severity: 'moderate',
    note: '',
  };
}

function megabytes(file: string): number {
  return Math.round(statSync(file).size / 1e6);
}

/** Name searches a therapist types: whole family names, the start of one, a given name. */
const SEARCHES = ['garcía', 'mart', 'lucía', 'romero', 'nav', 'isabel', 'sánchez', 'go'];

/**
 * The main-process figures, on a copy of the clinic opened as the app opens it (checked,
 * migrated, unlocked by a therapist), so writes and backups leave the cached clinic untouched.
 */
export async function serviceFigures(
  clinic: BenchClinic,
  place: MarkedPlace,
  runs: ServiceRuns,
): Promise<Figure[]> {
  const folder = tempFolder('fasciamap-bench-');
  const file = join(folder.path, 'fasciamap.sqlite');
  copyFileSync(clinic.file, file);
  const runtime = openClinicRuntime({ file, appVersion: 'bench', passphraseCost: TEST_PASSPHRASE_COST });
  try {
    await call(runtime, 'access.createProfile', TEST_THERAPIST);
    // Nobody types during a run: the longest idle time keeps main's idle lock out of the figures.
    await call(runtime, 'access.setIdleLock', { seconds: IDLE_LOCK_LIMITS.max });
    const sessions = (await call(runtime, 'sessions.list', { clientId: clinic.chartClientId })) as {
      id: string;
      status: string;
    }[];
    // The next appointment: where a therapist marks findings during the session.
    const planned = sessions.find((session) => session.status === 'planned');
    if (!planned) throw new Error('The generated client has no planned session to mark');
    const body = clickedFinding(place);
    const mark = await medianMs(
      () => call(runtime, 'findings.create', { sessionId: planned.id, body }),
      runs.calls,
      5,
    );
    const bareInsert = runtime
      .db()
      .prepare(
        'INSERT INTO findings (id, session_id, kind, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      );
    const [json, at] = [JSON.stringify(body), new Date().toISOString()];
    let inserted = 0;
    const bare = await medianMs(
      () => bareInsert.run(`bench-${++inserted}`, planned.id, body.kind, json, at, at),
      runs.calls,
      5,
    );
    const chart = await medianMs(() => openChart(runtime, clinic.chartClientId), runs.calls, 3);
    const session = await medianMs(
      () => call(runtime, 'plan.get', { sessionId: clinic.busySessionId }),
      runs.calls,
      3,
    );
    // The floor of any read: one record by id through the same dispatch, validation and audit.
    const oneRecord = await medianMs(
      () => call(runtime, 'clients.get', { id: clinic.chartClientId }),
      runs.calls,
      3,
    );
    let search = 0;
    const searched = await medianMs(
      () => call(runtime, 'clients.list', { search: SEARCHES[search++ % SEARCHES.length], limit: 51 }),
      runs.calls,
      3,
    );
    const { size } = clinic;
    const calls = [
      figure(
        'mark_commit_ms',
        mark,
        'ms',
        'a clicked adhesion through dispatch, validation, service and audit until committed; baseline one bare prepared INSERT',
        bare,
      ),
      figure(
        'open_chart_ms',
        chart,
        'ms',
        `a client chart: intake, course, ${size.sessionsPerClient} sessions, assessments and outcome trends; baseline one client by id through the same path`,
        oneRecord,
      ),
      figure(
        'load_session_ms',
        session,
        'ms',
        `a session's plan with ${size.busySessionRows} findings and zones, flags and runs; baseline one client by id`,
        oneRecord,
      ),
      figure(
        'search_clients_ms',
        searched,
        'ms',
        `a name search across ${size.clients} clients, a page of 50; baseline one client by id`,
        oneRecord,
      ),
    ];
    if (runs.backups === 0) return calls;
    const backup = await medianMs(() => call(runtime, 'backups.create', {}), runs.backups, 0);
    const copy = await medianMs(
      () => copyFileSync(file, join(folder.path, 'plain-copy.sqlite')),
      runs.backups,
      0,
    );
    const fullCheck = await medianMs(() => passesCheck(runtime.db(), 'integrity_check'), runs.backups, 1);
    const quickCheck = await medianMs(() => passesCheck(runtime.db(), 'quick_check'), runs.backups, 1);
    return [
      ...calls,
      figure(
        'backup_ms',
        backup,
        'ms',
        `an online backup of the clinic's ${megabytes(file)} MB database, the live file checked in full before and the copy after; baseline a plain copy of the file`,
        copy,
      ),
      figure(
        'integrity_check_ms',
        fullCheck,
        'ms',
        `SQLite's full integrity_check of that database: twice in every backup, and at start-up up to ${FULL_CHECK_AT_START_BYTES / 2 ** 20} MiB or once a day; baseline quick_check`,
        quickCheck,
      ),
    ];
  } finally {
    runtime.close();
    folder.remove();
  }
}
