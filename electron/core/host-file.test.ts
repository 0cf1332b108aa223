import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimDataFolder, describeRunning, hostFilePath, type HostClaim, type HostRecord } from './host-file';
import { tempFolder } from '../test-support/temp-db';

let folder: ReturnType<typeof tempFolder>;
let dataDir: string;
beforeEach(() => {
  folder = tempFolder('fasciamap-host-file-');
  dataDir = join(folder.path, 'clinic');
});
afterEach(() => folder.remove());

const hostFile = () => hostFilePath(dataDir);
const onRecord = () => JSON.parse(readFileSync(hostFile(), 'utf8')) as HostRecord;

async function claimed(app: HostRecord['app'] = 'browser-host'): Promise<HostClaim> {
  const result = await claimDataFolder(dataDir, app);
  if (!('claimed' in result)) throw new Error(`The folder was held: ${JSON.stringify(result.running)}`);
  return result.claimed;
}

/** A real loopback server, standing in for nothing: the running host's address answers, as it would. */
async function listening(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((_request, response) => response.end('FasciaMap'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/?token=launch-token`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The id of a process that has run and exited, as a crashed host's is. */
function exitedPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout);
}

describe('claiming a data folder', () => {
  it('gives the folder to the first start and names that holder, with its address once recorded, to the next', async () => {
    const claim = await claimed();
    expect(onRecord()).toEqual({ app: 'browser-host', pid: process.pid });
    expect(statSync(hostFile()).mode & 0o777).toBe(0o600);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(await claimDataFolder(dataDir, 'browser-host')).toEqual({
      running: { app: 'browser-host', pid: process.pid },
    });

    const host = await listening();
    claim.record(host.url);
    expect(await claimDataFolder(dataDir, 'electron')).toEqual({
      running: { app: 'browser-host', pid: process.pid, url: host.url },
    });
    await host.close();
  });

  it('holds the folder for Electron the same way, so a browser host does not open its database', async () => {
    await claimed('electron');
    const result = await claimDataFolder(dataDir, 'browser-host');
    expect(result).toEqual({ running: { app: 'electron', pid: process.pid } });
    expect(describeRunning((result as { running: HostRecord }).running)).toBe(
      `FasciaMap is already open in Electron on this data folder (process ${process.pid}).`,
    );
  });

  it('gives the folder back on release, and a start after that claims it afresh', async () => {
    const claim = await claimed();
    claim.release();
    expect(existsSync(hostFile())).toBe(false);
    await claimed();
    expect(onRecord().pid).toBe(process.pid);
  });

  it('leaves a file that is no longer its own in place on release', async () => {
    const claim = await claimed();
    const someoneElse = JSON.stringify({ app: 'electron', pid: 1 });
    writeFileSync(hostFile(), someoneElse);
    claim.release();
    expect(readFileSync(hostFile(), 'utf8')).toBe(someoneElse);
  });
});

describe('a file left by a FasciaMap that crashed', () => {
  it('is taken over when its process is gone', async () => {
    await claimed();
    const host = await listening();
    // A host that answered at its address, then was killed: the file still names it.
    writeFileSync(hostFile(), JSON.stringify({ app: 'browser-host', pid: exitedPid(), url: host.url }));
    await claimed();
    expect(onRecord()).toEqual({ app: 'browser-host', pid: process.pid });
    await host.close();
  });

  it('is taken over when its process id now belongs to another program and nothing answers at its address', async () => {
    await claimed();
    const host = await listening();
    await host.close();
    writeFileSync(hostFile(), JSON.stringify({ app: 'browser-host', pid: process.pid, url: host.url }));
    await claimed();
    expect(onRecord()).toEqual({ app: 'browser-host', pid: process.pid });
  });

  it('is taken over when it is damaged', async () => {
    await claimed();
    writeFileSync(hostFile(), '{"app":"browser-');
    await claimed('electron');
    expect(onRecord()).toEqual({ app: 'electron', pid: process.pid });
  });

  it('goes to exactly one of four starts racing for it; the others are told which one', async () => {
    mkdirSync(dataDir);
    writeFileSync(hostFile(), JSON.stringify({ app: 'browser-host', pid: exitedPid() }));
    const results = await race(4);
    const winners = results.filter((result) => result.claimed);
    expect(winners).toHaveLength(1);
    for (const result of results.filter((result) => !result.claimed))
      expect(result.running).toEqual({ app: 'browser-host', pid: winners[0]!.pid });
    expect(onRecord()).toEqual({ app: 'browser-host', pid: winners[0]!.pid });
    // Four Node processes loading TypeScript on a shared machine.
  }, 60_000);
});

interface RaceResult {
  pid: number;
  claimed: boolean;
  running?: HostRecord;
}

/**
 * Starts `count` processes that each load this module, say they are ready, and claim the folder at
 * the same signal; each stays alive (as a host would) until all have answered.
 */
async function race(count: number): Promise<RaceResult[]> {
  const script = `
    const { claimDataFolder } = await import(${JSON.stringify(join(import.meta.dirname, 'host-file.ts'))});
    process.stdout.write('ready\\n');
    process.stdin.once('data', async () => {
      const result = await claimDataFolder(${JSON.stringify(dataDir)}, 'browser-host');
      process.stdout.write(JSON.stringify({ pid: process.pid, claimed: 'claimed' in result, running: result.running }) + '\\n');
    });
    process.stdin.once('end', () => process.exit(0));`;
  const children = Array.from({ length: count }, () =>
    spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['pipe', 'pipe', 'inherit'],
    }),
  );
  const lines = children.map((child) => {
    const queue: string[] = [];
    const waiting: ((line: string) => void)[] = [];
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 1);
        const next = waiting.shift();
        if (next) next(line);
        else queue.push(line);
      }
    });
    return () =>
      new Promise<string>((resolve) => (queue.length ? resolve(queue.shift()!) : waiting.push(resolve)));
  });
  await Promise.all(lines.map((next) => next()));
  for (const child of children) child.stdin.write('go\n');
  const results = await Promise.all(lines.map(async (next) => JSON.parse(await next()) as RaceResult));
  await Promise.all(
    children.map((child) => new Promise((resolve) => child.once('exit', resolve).stdin.end())),
  );
  return results;
}
