import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../test-support/temp-db';
import { clockStartingAt, hostClock, parseTestClockStart } from './test-clock';

const ROOT = resolve(import.meta.dirname, '../..');

describe('--test-clock', () => {
  it('takes an instant with its offset, and refuses anything else with the form it wants', () => {
    expect(parseTestClockStart('2026-12-01T06:00:00+14:00').toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(parseTestClockStart('2026-12-01T07:30Z').toISOString()).toBe('2026-12-01T07:30:00.000Z');
    expect(parseTestClockStart('2028-02-29T23:59:59.999-08:00').toISOString()).toBe(
      '2028-03-01T07:59:59.999Z',
    );
    for (const refused of [
      '2026-12-01T06:00', // no offset: a different moment in every zone
      '2026-12-01',
      'tomorrow at nine',
      '1796054400000',
      '2026-02-30T06:00:00Z',
      '2026-13-01T06:00:00Z',
      '2026-12-01T25:00:00Z',
      ' 2026-12-01T06:00:00Z',
      '',
    ]) {
      expect(() => parseTestClockStart(refused), refused).toThrow(
        `--test-clock must be an instant with its offset from UTC, such as 2026-12-01T06:00:00+14:00 or 2026-12-01T07:30:00Z, not "${refused}"`,
      );
    }
  });

  it('starts at the instant and moves on with the elapsed time, not the system clock', () => {
    let elapsed = 5_000;
    const now = clockStartingAt(new Date('2026-12-01T07:30:00Z'), () => elapsed);
    expect(now().toISOString()).toBe('2026-12-01T07:30:00.000Z');
    elapsed += 90_500;
    expect(now().toISOString()).toBe('2026-12-01T07:31:30.500Z');
  });

  it('leaves the machine’s clock alone without the flag', () => {
    expect(hostClock(undefined)).toEqual({});
  });
});

describe('the browser host on a test clock', () => {
  let folder: ReturnType<typeof tempFolder> | undefined;
  let child: ChildProcess | undefined;
  afterEach(() => {
    child?.kill('SIGKILL');
    folder?.remove();
  });

  /** Starts the host's command line; resolves once it prints its address, or exits. Killed after each test. */
  function runHost(args: string[]): Promise<{ code: number | null; output: string; url?: URL }> {
    child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'electron/browser-host/cli.ts'), ...args],
      {
        cwd: ROOT,
        // UTC+14: for its first 14 hours, the clinic's day there is a day ahead of UTC's.
        env: { ...process.env, TZ: 'Pacific/Kiritimati' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const [stdout, stderr] = [child.stdout!, child.stderr!];
    let output = '';
    return new Promise((resolvePromise) => {
      stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /FasciaMap is running at (\S+)/.exec(output);
        if (match) resolvePromise({ code: null, output, url: new URL(match[1]!) });
      });
      stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child!.once('exit', (code) => resolvePromise({ code, output }));
    });
  }

  async function call(url: URL, name: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> {
    const response = await fetch(new URL('/api/call', url.origin), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${url.searchParams.get('token')}`,
      },
      body: JSON.stringify({ name, input }),
    });
    return (await response.json()) as { ok: boolean; value?: unknown };
  }

  it('runs the clinic’s day, its records and its backups from the pinned instant', async () => {
    folder = tempFolder('fasciamap-test-clock-');
    const dataDir = join(folder.path, 'data');
    // 06:00 on 1 December in Kiritimati is still 30 November in UTC.
    const host = await runHost([
      '--data-dir',
      dataDir,
      '--port',
      '0',
      '--test-clock',
      '2026-12-01T06:00:00+14:00',
    ]);
    expect(host.url, host.output).toBeDefined();
    expect(host.output).toContain(
      'FasciaMap is on a test clock that started at 2026-11-30T16:00:00.000Z (--test-clock): for tests only',
    );
    const created = await call(host.url!, 'access.createProfile', {
      displayName: 'Therapist',
      passphrase: 'test clock passphrase',
    });
    expect(created.ok).toBe(true);
    const today = await call(host.url!, 'today.overview', {});
    expect(today).toMatchObject({ ok: true, value: { date: '2026-12-01' } });
    // The backup the host makes at start, when there is none from the last day, is stamped on that
    // clock; the audit log's head is kept beside it.
    expect(readdirSync(join(dataDir, 'backups')).sort()).toEqual([
      expect.stringMatching(/^fasciamap-20261130T16000\d{4}Z-daily\.sqlite$/),
      expect.stringMatching(/^fasciamap-20261130T16000\d{4}Z-daily\.sqlite\.audit-head\.json$/),
    ]);
  }, 60_000);

  it('refuses a value that names no instant, and starts nothing', async () => {
    folder = tempFolder('fasciamap-test-clock-');
    const dataDir = join(folder.path, 'data');
    const host = await runHost(['--data-dir', dataDir, '--test-clock', 'tomorrow at nine']);
    expect(host.code).toBe(2);
    expect(host.output.trim()).toBe(
      '--test-clock must be an instant with its offset from UTC, such as 2026-12-01T06:00:00+14:00 or 2026-12-01T07:30:00Z, not "tomorrow at nine"',
    );
    expect(existsSync(dataDir)).toBe(false);
  }, 60_000);
});
