import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AuditCutOff } from '../../../shared/api/audit';
import type { ClinicDatabase } from '../db/open';
import { writePrivateFile } from '../private-files';

/**
 * The chain head kept outside the database file. The hash chain shows an entry changed or removed
 * inside the log, but not its newest entries cut off: the shortened log is still a valid chain. So
 * the newest entry's number and hash are also written to `audit-head.json` in the data folder after
 * every call, and beside each backup when it is made. A log that no longer holds that entry, or holds
 * another one under its number, lost its newest entries behind the app's back.
 */
export const HEAD_FILE = 'audit-head.json';
export const AUDIT_HEAD_SUFFIX = '.audit-head.json';

/** The log's newest entry: its number (in a log nobody cut, the number of entries) and its hash. */
interface AuditHead {
  entries: number;
  lastHash: string;
}

/** What the head file holds: the head, and a cut-off once noticed, kept so it is never forgotten. */
const HeadFile = z.strictObject({
  entries: z.int().nonnegative(),
  lastHash: z.string(),
  cutOff: AuditCutOff.nullable(),
});
type HeadFile = z.infer<typeof HeadFile>;

function headOf(db: ClinicDatabase): AuditHead {
  const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  return last ? { entries: last.seq, lastHash: last.hash } : { entries: 0, lastHash: '' };
}

/** Whether the log still holds `head`'s entry, unchanged (later entries may follow it). */
function reaches(db: ClinicDatabase, head: AuditHead): boolean {
  if (head.entries === 0) return true;
  return db.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck().get(head.entries) === head.lastHash;
}

/** A missing or unreadable head file gives nothing to compare with (a first start, or a torn write). */
function readHeadFile(path: string): HeadFile | undefined {
  try {
    return HeadFile.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return undefined;
  }
}

export function headBesideBackup(backupFile: string): string {
  return backupFile + AUDIT_HEAD_SUFFIX;
}

export interface AuditHeadKeeper {
  /** At start-up: compares the log with the head file, then keeps the file up to date. */
  opened: (db: ClinicDatabase) => void;
  /** After a restore: the head recorded beside that backup, not the rewound one, is the reference. */
  restored: (db: ClinicDatabase, backupFile: string) => void;
  /** After each call: records the head when the log grew, noticing a cut made meanwhile. */
  follow: (db: ClinicDatabase) => void;
  /** The cut-off noticed so far, if any, after comparing the log once more. */
  cutOff: (db: ClinicDatabase) => AuditCutOff | null;
  /** Makes a backup with `make`, then writes the head it holds beside it. */
  beside: <T extends { name: string }>(
    db: ClinicDatabase,
    folder: string,
    make: () => Promise<T>,
  ) => Promise<T>;
}

/** Keeps the head of the clinic's audit log in `dataFolder`; one per clinic runtime. */
export function keepAuditHead(dataFolder: string): AuditHeadKeeper {
  const path = join(dataFolder, HEAD_FILE);
  let recorded: AuditHead | undefined;
  let cutOff: AuditCutOff | null = null;

  function compareWith(db: ClinicDatabase, reference: AuditHead | undefined): void {
    const noticed = cutOff === null && reference !== undefined && !reaches(db, reference);
    if (noticed) cutOff = { recordedEntries: reference.entries };
    const head = headOf(db);
    if (noticed || head.entries !== recorded?.entries || head.lastHash !== recorded.lastHash) {
      writePrivateFile(path, JSON.stringify({ ...head, cutOff } satisfies HeadFile));
      recorded = head;
    }
  }

  function startFrom(db: ClinicDatabase, reference: HeadFile | undefined): void {
    cutOff = reference?.cutOff ?? null;
    recorded = undefined;
    compareWith(db, reference);
  }

  return {
    opened: (db) => startFrom(db, readHeadFile(path)),
    // A backup made before this was kept has no head beside it: the restored log is taken as it is.
    restored: (db, backupFile) => startFrom(db, readHeadFile(headBesideBackup(backupFile))),
    follow: (db) => compareWith(db, recorded),
    cutOff: (db) => {
      compareWith(db, recorded);
      return cutOff;
    },
    beside: async (db, folder, make) => {
      // Taken before the copy starts: the log only grows, so the backup holds at least this entry.
      const head: HeadFile = { ...headOf(db), cutOff };
      const made = await make();
      writePrivateFile(headBesideBackup(join(folder, made.name)), JSON.stringify(head));
      removeOrphans(folder);
      return made;
    },
  };
}

/** Heads whose backup the rotation removed. */
function removeOrphans(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (
      name.endsWith(AUDIT_HEAD_SUFFIX) &&
      !existsSync(join(folder, name.slice(0, -AUDIT_HEAD_SUFFIX.length)))
    )
      rmSync(join(folder, name), { force: true });
  }
}
