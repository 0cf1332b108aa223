import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '../core/db/connection';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../test-support/temp-db';

/**
 * A client whose name is unique to this run. Whatever goes wrong, the name may live in the clinic's
 * database and its backups (the data folder), and nowhere else: not in the host's output, not in
 * temporary files, not in crash output.
 */
const CANARY = `Canary${randomBytes(6).toString('hex')}`;
const ROOT = resolve(import.meta.dirname, '../..');

let folder: ReturnType<typeof tempFolder>;
let dataDir: string;
let privateTmp: string;
let host: ChildProcess;
let output = '';
let url: URL;
const started = Date.now();

function startHost(): Promise<URL> {
  host = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'electron/browser-host/cli.ts'), '--data-dir', dataDir, '--port', '0'],
    {
      cwd: ROOT,
      // The host's temporary files land in a folder of the test's own, searched afterwards.
      env: { ...process.env, TMPDIR: privateTmp, TMP: privateTmp, TEMP: privateTmp },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolvePromise, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /FasciaMap is running at (\S+)/.exec(output);
      if (match) resolvePromise(new URL(match[1]!));
    };
    host.stdout!.on('data', collect);
    host.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    host.once('exit', () => reject(new Error(`The host stopped: ${output}`)));
  });
}

async function call(
  name: string,
  input: unknown,
  body?: string,
): Promise<{ ok: boolean; value?: { id: string }; error?: { code: string } }> {
  const response = await fetch(new URL('/api/call', url.origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${url.searchParams.get('token')}` },
    body: body ?? JSON.stringify({ name, input }),
  });
  return (await response.json()) as { ok: boolean };
}

/** Every file under `dir` changed since the test began, except those under `skip`. */
function filesSince(dir: string, skip: string[]): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return; // another process's folder vanished or is unreadable: not ours
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (skip.some((skipped) => path.startsWith(skipped))) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        try {
          const stat = statSync(path);
          if (stat.mtimeMs >= started - 1000 && stat.size < 64 * 1024 * 1024) found.push(path);
        } catch {
          // removed while walking
        }
      }
    }
  };
  walk(dir);
  return found;
}

const mentions = (path: string) => {
  try {
    return readFileSync(path).includes(CANARY);
  } catch {
    return false;
  }
};

beforeAll(async () => {
  folder = tempFolder('fasciamap-canary-');
  dataDir = join(folder.path, 'data');
  privateTmp = join(folder.path, 'tmp');
  mkdirSync(privateTmp);
  url = await startHost();
  expect(
    (await call('access.createProfile', { displayName: 'Therapist', passphrase: 'canary passphrase' })).ok,
  ).toBe(true);
}, 60_000);

afterAll(() => {
  host?.kill('SIGKILL');
  folder?.remove();
});

describe('privacy canary', () => {
  it('keeps a client’s name out of logs, temporary files and crash output, whatever fails', async () => {
    const client = await call('clients.create', {
      givenName: CANARY,
      familyName: CANARY,
      dateOfBirth: '1980-01-01',
    });
    expect(client.ok).toBe(true);
    const clientId = client.value!.id;

    // Failures a day at the clinic could bring, each carrying the name somewhere.
    await call('clients.create', { givenName: CANARY, familyName: CANARY, dateOfBirth: '2999-01-01' });
    await call('clients.create', { givenName: CANARY.repeat(50), familyName: 7 });
    await call('', null, `{"name": "clients.create", "input": {"givenName": "${CANARY}"`);
    await call('', null, JSON.stringify({ name: `clients.${CANARY}`, input: { search: CANARY } }));
    await call('clients.list', { search: CANARY });
    await call('transfer.importFile', {
      content: JSON.stringify({ format: 'fasciamap-export', tables: { clients: [{ given_name: CANARY }] } }),
    });
    await call('transfer.exportClient', { clientId, plain: true });
    await call('backups.create', {});

    // An unexpected failure whose own message holds the name: a trigger added behind the app's back.
    const raw = openDatabase(join(dataDir, 'fasciamap.sqlite'));
    raw.exec(
      `CREATE TRIGGER canary BEFORE INSERT ON sessions BEGIN SELECT RAISE(ABORT, 'failed for ${CANARY}'); END`,
    );
    raw.close();
    const internal = await call('sessions.create', {
      clientId,
      startsAt: '2026-03-01T10:00',
      plannedMinutes: 60,
    });
    expect(internal.error?.code).toBe('INTERNAL');
    expect(JSON.stringify(internal)).not.toContain(CANARY);

    // Then the process dies without warning, as in a crash.
    host.kill('SIGKILL');
    await new Promise((resolvePromise) => host.once('exit', resolvePromise));

    expect(output).toContain('[fasciamap] sessions.create failed'); // the failure was logged…
    expect(output).not.toContain(CANARY); // …without the name
    const leaks = [
      ...filesSince(privateTmp, []),
      ...filesSince(tmpdir(), [folder.path]),
      ...filesSince(folder.path, [dataDir, privateTmp]),
      ...filesSince(ROOT, [
        join(ROOT, 'node_modules'),
        join(ROOT, '.git'),
        join(ROOT, 'out'),
        join(ROOT, 'test-results'),
        join(ROOT, '.cache'),
      ]),
    ].filter(mentions);
    expect(leaks).toEqual([]);
    // The data folder is where it belongs, and the one place it is.
    expect(filesSince(dataDir, []).some(mentions)).toBe(true);
  }, 120_000);
});
