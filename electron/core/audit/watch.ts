import type { ClinicDatabase } from '../db/open';
import { restoreAppendOnly } from './append-only';
import { keepAuditHead, type AuditHeadKeeper } from './head';

export interface AuditWatch {
  /** At start-up, on a database that passed its check. */
  opened: (db: ClinicDatabase) => void;
  /** After a backup was restored into place. */
  restored: (db: ClinicDatabase, backupFile: string) => void;
  /** After every call through dispatch, once its transaction is over. */
  afterCall: AuditHeadKeeper['follow'];
  cutOff: AuditHeadKeeper['cutOff'];
  backUp: AuditHeadKeeper['beside'];
}

/**
 * What keeps the audit log honest beyond its hash chain, for the clinic runtime: its append-only
 * triggers checked and put back on every open, and its head kept outside the file. The head is
 * compared before anything is appended, so a repair entry cannot hide a cut-off.
 */
export function watchAuditLog(dataFolder: string, now: () => Date): AuditWatch {
  const head = keepAuditHead(dataFolder);
  const guard = (db: ClinicDatabase) => {
    restoreAppendOnly(db, now());
    head.follow(db);
  };
  return {
    opened: (db) => {
      head.opened(db);
      guard(db);
    },
    restored: (db, backupFile) => {
      head.restored(db, backupFile);
      guard(db);
    },
    afterCall: head.follow,
    cutOff: head.cutOff,
    backUp: head.beside,
  };
}
