import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openClinicDatabase } from './open';
import { openChecked } from '../runtime/open-checked';
import { tempFolder } from '../../test-support/temp-db';
import { BATCH_MEASURES, BATCH_SESSIONS } from '../../test-support/crash/batch';

/** At least 30 kills; FASCIAMAP_CRASH_KILLS may raise it (or lower it, and the test says so). */
const KILLS = Number(process.env.FASCIAMAP_CRASH_KILLS ?? 30);
const WRITER = resolve(import.meta.dirname, '../../test-support/crash/writer.ts');

let folder: ReturnType<typeof tempFolder>;
let file: string;
const acknowledged = {
  clients: new Set<string>(),
  sessions: new Set<string>(),
  notes: new Map<string, string>(),
  marks: new Set<string>(),
  batches: new Set<string>(),
};

beforeAll(() => {
  folder = tempFolder('fasciamap-crash-');
  file = join(folder.path, 'fasciamap.sqlite');
});
afterAll(() => folder.remove());

/** A pseudo-random sequence from a fixed seed, so a failing run can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Runs the writer until it has acknowledged `killAfter` writes, then SIGKILLs it mid-stride. */
function runAndKill(label: string, killAfter: number): Promise<{ signal: string | null; acks: number }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file, label], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let acks = 0;
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [kind, id, ...rest] = line.split(' ');
      if (kind === 'client') acknowledged.clients.add(id!);
      if (kind === 'session') acknowledged.sessions.add(id!);
      if (kind === 'note') acknowledged.notes.set(id!, rest.join(' '));
      if (kind === 'batch') acknowledged.batches.add(id!);
      if (kind === 'mark') acknowledged.marks.add(id!);
      if (kind !== 'ready') acks += 1;
      // The writer keeps going while this line is read: the kill lands wherever it has got to.
      if (acks === killAfter) child.kill('SIGKILL');
    });
    child.once('error', reject);
    child.once('exit', (_code, signal) =>
      signal === 'SIGKILL'
        ? resolvePromise({ signal, acks })
        : reject(new Error(`The writer stopped by itself: ${errors}`)),
    );
  });
}

function checkAfterCrash(): void {
  expect(openChecked(file).recovery, 'the start-up check passes').toBeNull();
  const db = openClinicDatabase(file);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const has = (table: string, id: string) =>
      db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
    for (const id of acknowledged.clients) expect(has('clients', id), `acknowledged client ${id}`).toBe(true);
    for (const id of acknowledged.sessions)
      expect(has('sessions', id), `acknowledged session ${id}`).toBe(true);
    for (const [id, note] of acknowledged.notes) {
      expect(db.prepare('SELECT subjective FROM sessions WHERE id = ?').pluck().get(id)).toBe(note);
    }
    for (const id of acknowledged.marks) expect(has('findings', id), `acknowledged mark ${id}`).toBe(true);
    for (const id of acknowledged.batches) expect(has('clients', id), `acknowledged batch ${id}`).toBe(true);
    // Every batch is all there or not there at all, acknowledged or not.
    const batches = db
      .prepare(
        `SELECT c.id,
                (SELECT count(*) FROM sessions s WHERE s.client_id = c.id) AS sessions,
                (SELECT count(*) FROM outcome_measures m JOIN outcome_assessments a ON a.id = m.assessment_id
                  WHERE a.client_id = c.id) AS measures
         FROM clients c WHERE c.family_name = 'Batch'`,
      )
      .all() as { sessions: number; measures: number }[];
    for (const batch of batches)
      expect(batch).toMatchObject({ sessions: BATCH_SESSIONS, measures: BATCH_MEASURES });
    // The audit chain survives the kills too.
    const audit = db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    expect(audit).toBeGreaterThan(0);
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  it(`keeps every acknowledged write and no half transaction through ${KILLS} SIGKILLs`, async () => {
    if (KILLS < 30)
      console.info(`crash safety: ${KILLS} kills this run (FASCIAMAP_CRASH_KILLS), fewer than the usual 30`);
    const next = random(Number(process.env.FASCIAMAP_CRASH_SEED ?? 8));
    let total = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      const { acks } = await runAndKill(`k${kill}`, 1 + Math.floor(next() * 25));
      total += acks;
      checkAfterCrash();
    }
    console.info(
      `crash safety: ${KILLS} SIGKILLs, ${total} acknowledged writes, all present after each reopen`,
    );
    expect(acknowledged.batches.size).toBeGreaterThan(0);
    expect(acknowledged.marks.size).toBeGreaterThan(0);
  }, 300_000);
});
