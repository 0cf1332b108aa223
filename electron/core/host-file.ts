import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * One FasciaMap per data folder. Whoever is about to open the database (the Electron app or a browser
 * host) first claims `host.json` in the folder; a later start finds it and opens, or names, the running
 * one instead of becoming a second writer. The file holds the holder's process id and, for a browser
 * host, its address with the launch token, so it is private to the account (0600), as the database is.
 */
export const HOST_FILE = 'host.json';

const hostRecord = z.object({
  app: z.enum(['electron', 'browser-host']),
  pid: z.number().int().positive(),
  /** The browser host's address with its token, written once it listens. */
  url: z.url().optional(),
});
export type HostRecord = z.infer<typeof hostRecord>;

export interface HostClaim {
  /** Adds the host's address, so that a second start can open a window on it. */
  record: (url: string) => void;
  /** Removes the file, if it is still this claim's. */
  release: () => void;
}

export type ClaimResult = { claimed: HostClaim } | { running: HostRecord };

/** Enough rounds for a stale file and a start racing this one; more means something keeps rewriting it. */
const ATTEMPTS = 50;
/** How long a start waits while another one clears a stale record. */
const TAKEOVER_PAUSE_MS = 20;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function hostFilePath(dataDir: string): string {
  return join(dataDir, HOST_FILE);
}

/**
 * Claims the data folder for this process, or says who holds it. A file left by a FasciaMap that
 * crashed is recognised (its process is gone, or another program took its process id and nothing
 * answers at its address) and replaced.
 */
export async function claimDataFolder(
  dataDir: string,
  app: HostRecord['app'],
  pid = process.pid,
): Promise<ClaimResult> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = hostFilePath(dataDir);
  const mine = JSON.stringify({ app, pid } satisfies HostRecord);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (createExclusively(file, mine)) return { claimed: claimOf(file, mine) };
    const text = readIfPresent(file);
    if (text === undefined) continue;
    const holder = parseRecord(text);
    if (holder && (await isRunning(holder))) return { running: holder };
    if (!removeIfUnchanged(file, text, pid)) await pause(TAKEOVER_PAUSE_MS);
  }
  throw new Error(`${file} keeps changing: is another FasciaMap starting on this data folder?`);
}

/** One line naming the FasciaMap that holds the folder, for the terminal or Electron's dialog. */
export function describeRunning(holder: HostRecord): string {
  if (holder.url) return `FasciaMap is already running at ${holder.url}`;
  const where = holder.app === 'electron' ? 'open in Electron' : 'starting';
  return `FasciaMap is already ${where} on this data folder (process ${holder.pid}).`;
}

function claimOf(file: string, written: string): HostClaim {
  let current = written;
  return {
    record: (url) => {
      const next = JSON.stringify({ ...(JSON.parse(current) as HostRecord), url });
      // Renamed into place, so a reader sees the old record or the new one, never half of one.
      const draft = draftPath(file);
      writeFileSync(draft, next, { mode: 0o600 });
      renameSync(draft, file);
      current = next;
    },
    release: () => {
      if (readIfPresent(file) === current) rmSync(file, { force: true });
    },
  };
}

/**
 * The record is written whole under a private name, then linked to `host.json`: the link fails if the
 * name exists (the lock), and a reader never finds the file empty or half written.
 */
function createExclusively(file: string, text: string): boolean {
  const draft = draftPath(file);
  writeFileSync(draft, text, { mode: 0o600 });
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

/**
 * Removes a stale record, holding `host.json.takeover` while it does: of several starts finding the
 * same stale file, only the one holding it may delete, and only while the file still holds the stale
 * record, so a fresh claim made meanwhile is never deleted. Returns false when another start holds the
 * takeover (the caller waits and looks again). A takeover left by a start that died is cleared.
 */
function removeIfUnchanged(file: string, staleText: string, pid: number): boolean {
  const takeover = `${file}.takeover`;
  if (!createExclusively(takeover, String(pid))) {
    const holder = Number(readIfPresent(takeover));
    if (Number.isInteger(holder) && holder > 0 && !isProcessAlive(holder)) rmSync(takeover, { force: true });
    return false;
  }
  try {
    if (readIfPresent(file) === staleText) rmSync(file, { force: true });
  } finally {
    rmSync(takeover, { force: true });
  }
  return true;
}

async function isRunning(holder: HostRecord): Promise<boolean> {
  if (!isProcessAlive(holder.pid)) return false;
  return holder.url === undefined || (await answers(holder.url));
}

/** Whether a process with this id exists (EPERM: it does, under another account). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/** Only a refused connection counts as "not running": a host too busy to answer still holds the file. */
async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    await response.body?.cancel();
    return true;
  } catch (error) {
    return errorCode((error as Error).cause) !== 'ECONNREFUSED';
  }
}

function parseRecord(text: string): HostRecord | undefined {
  try {
    const parsed = hostRecord.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

function draftPath(file: string): string {
  return `${file}.${process.pid}-${randomBytes(6).toString('hex')}`;
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}
