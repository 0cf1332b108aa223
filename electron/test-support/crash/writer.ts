/**
 * The child process of the crash-safety test: the real clinic runtime (dispatch, lock, services,
 * audit) writing without pause until it is killed. Each write is acknowledged on stdout only after
 * its call has returned, that is after SQLite committed it.
 */
import { writeSync } from 'node:fs';
import { trapeziusAnchor } from '../../../shared/domain/plan/test-fixtures';
import { openClinicRuntime } from '../../core/runtime/clinic-runtime';
import { TEST_PASSPHRASE_COST } from '../temp-db';
import { batchDocument } from './batch';

const [file, label] = process.argv.slice(2) as [string, string];
const runtime = openClinicRuntime({ file, appVersion: 'crash-test', passphraseCost: TEST_PASSPHRASE_COST });
const PASSPHRASE = 'crash test passphrase';

async function call(name: string, input: unknown): Promise<Record<string, unknown>> {
  const result = await runtime.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as Record<string, unknown>;
}

const ack = (line: string) => writeSync(1, `${line}\n`);

async function unlock(): Promise<void> {
  const status = await call('access.status', {});
  const profiles = status.profiles as { id: string }[];
  if (profiles.length === 0)
    await call('access.createProfile', { displayName: 'Crash', passphrase: PASSPHRASE });
  else await call('access.unlock', { profileId: profiles[0]!.id, passphrase: PASSPHRASE });
}

async function main(): Promise<void> {
  await unlock();
  ack('ready');
  for (let n = 0; ; n += 1) {
    const client = await call('clients.create', {
      givenName: `${label}-${n}`,
      familyName: 'Crash',
      dateOfBirth: '1980-01-01',
    });
    ack(`client ${String(client.id)}`);
    const session = await call('sessions.create', {
      clientId: client.id,
      startsAt: '2026-03-01T10:00',
      plannedMinutes: 60,
    });
    ack(`session ${String(session.id)}`);
    const note = `note ${label}-${n}`;
    await call('sessions.update', {
      id: session.id,
      startsAt: '2026-03-01T10:00',
      plannedMinutes: 60,
      status: 'in_progress',
      subjective: note,
    });
    ack(`note ${String(session.id)} ${note}`);
    const mark = await call('findings.create', {
      sessionId: session.id,
      body: { kind: 'trigger_point', anchor: trapeziusAnchor(), state: 'active' },
    });
    ack(`mark ${String(mark.id)}`);
    if (n % 3 === 0) {
      const batch = batchDocument(`${label}-${n}`);
      await call('transfer.importFile', { content: JSON.stringify(batch.document) });
      ack(`batch ${batch.clientId}`);
    }
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : 'writer failed');
  process.exit(1);
});
