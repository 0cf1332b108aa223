import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Recovery } from '../../../shared/api/access';
import type { BackupInfo } from '../../../shared/api/backups';
import { ApiFailure } from '../../../shared/api/errors';
import { CALL_NAMES, isCallName } from '../../../shared/api/names';
import { STRONG_COST, type ScryptCost } from '../access/passphrase';
import { createAccessSession } from '../access/session';
import { createClinicKeyring } from '../clinic-passphrase/keyring';
import { backupProtection, holdIfClinicPassphrase } from '../clinic-passphrase/protection';
import { sealWaitingBackups, sealWith, withPlainBackup } from '../clinic-passphrase/sealed-backups';
import { createDispatch, type Dispatch, type DispatchOptions } from '../api/dispatch';
import type { Handlers } from '../../../shared/api/handlers';
import { admitCall } from '../api/gate';
import { watchAuditLog } from '../audit/watch';
import {
  backupFolder,
  checkDatabaseFile,
  createBackup,
  DamagedClinicError,
  listBackups,
  newestGoodBackup,
  moveDatabaseAside,
  moveDatabaseBack,
  type BackupReason,
} from '../backups/files';
import { backupDiskProblemMessage, diskProblemOf } from '../db/errors';
import type { ClinicDatabase, OpenOptions } from '../db/open';
import { createHandlers } from '../services';
import type { ServicePorts } from '../services/ports';
import type { PrinterPort } from '../services/printer-port';
import { interruptHolds } from '../services/run-holds';
import { createAuditTrail } from './audit-recorder';
import { callTransactions } from './call-transaction';
import { lockWhenIdle } from './idle-lock';
import { openChecked, openForRecovery, type CheckedOpen } from './open-checked';

export interface ClinicRuntimeOptions {
  file: string;
  appVersion: string;
  now?: () => Date;
  newId?: () => string;
  passphraseCost?: ScryptCost;
  open?: OpenOptions;
  onInternalError?: DispatchOptions['onInternalError'];
  /** Electron's hidden-window printer; the browser host has none. */
  printer?: PrinterPort;
}

export interface ClinicRuntime {
  /** The one entry point for calls from the window (IPC) or the browser host (HTTP). */
  dispatch: Dispatch;
  /** The services themselves, always the current ones (a restore swaps them), without lock or audit. */
  handlers: Handlers;
  db: () => ClinicDatabase;
  ports: () => ServicePorts;
  recovery: () => Recovery | null;
  /** An automatic backup (daily, on quit); none while the file is damaged. */
  backup: (reason: BackupReason) => Promise<BackupInfo | undefined>;
  close: () => void;
}

/**
 * The clinic as the main process runs it: the checked database, the services over it, and the
 * dispatch that admits calls (lock, read-only) and audits them. Electron's main and the browser host
 * both run exactly this, so the two cannot drift apart.
 */
export function openClinicRuntime(options: ClinicRuntimeOptions): ClinicRuntime {
  const now = options.now ?? (() => new Date());
  const folder = backupFolder(options.file);
  const session = createAccessSession();
  const keyring = createClinicKeyring();
  let opened: CheckedOpen = openChecked(options.file, options.open, now());
  let handlers: Handlers;
  const passphraseCost = options.passphraseCost ?? STRONG_COST;
  const auditLog = watchAuditLog(dirname(options.file), now);
  if (!opened.recovery) auditLog.opened(opened.db);

  /** Encrypted with the clinic passphrase's key when it is held; see `backupProtection`. */
  const makeBackup = (reason: BackupReason) => {
    const protection = backupProtection(opened.db, keyring);
    const seal = protection.state === 'entered' ? sealWith(protection.key) : undefined;
    return createBackup(opened.db, folder, now(), reason, { seal });
  };

  const backups: ServicePorts['backups'] = {
    list: () => listBackups(folder),
    create: async () => {
      if (opened.recovery) throw new ApiFailure('READ_ONLY', 'A damaged database cannot be backed up');
      return backUp('manual');
    },
    restore: (name, passphrase) => restore(name, passphrase),
    sealWaiting: (key) => sealWaitingBackups(folder, key),
  };

  const ports = (): ServicePorts => ({
    db: opened.db,
    now,
    newId: options.newId ?? randomUUID,
    appVersion: options.appVersion,
    session,
    passphraseCost,
    keyring,
    backups,
    recovery: () => opened.recovery,
    printer: options.printer ?? null,
    auditCutOff: () => (opened.recovery ? null : auditLog.cutOff(opened.db)),
  });
  handlers = createHandlers(ports());

  /**
   * A backup of the live file; one that finds the file damaged puts the clinic into recovery at once,
   * and one the backups folder's disk refuses says so, naming the folder.
   */
  async function backUp(reason: BackupReason): Promise<BackupInfo> {
    try {
      return await auditLog.backUp(opened.db, folder, () => makeBackup(reason));
    } catch (error) {
      if (error instanceof DamagedClinicError)
        enterRecovery('it failed SQLite’s integrity check before a backup');
      const problem = diskProblemOf(error);
      if (problem) throw new ApiFailure(problem, backupDiskProblemMessage(problem, folder));
      throw error;
    }
  }

  function enterRecovery(reason: string): void {
    opened.db.close();
    const recovery = { reason, newestGoodBackup: newestGoodBackup(folder) };
    opened = openForRecovery(options.file, recovery, options.open);
    handlers = createHandlers(ports());
  }

  /** An encrypted backup is opened with its passphrase first, refusing a wrong one before anything changes. */
  async function restore(name: string, passphrase?: string) {
    const backup = listBackups(folder).find((candidate) => candidate.name === name);
    if (!backup) throw new ApiFailure('NOT_FOUND', 'There is no backup with that name');
    const restored = await withPlainBackup(folder, backup, passphrase, (source) => swapIn(backup, source));
    if (backup.encrypted) await holdIfClinicPassphrase(opened.db, keyring, passphrase!, passphraseCost);
    return restored;
  }

  /** Keeps the current file aside, checks the backup, then swaps it in and reopens. */
  function swapIn(backup: BackupInfo, source: string): { restored: BackupInfo; keptAsideAs: string } {
    const verdict = checkDatabaseFile(source);
    if (!verdict.ok) throw new ApiFailure('CONFLICT', `That backup cannot be restored: ${verdict.reason}`);

    opened.db.close();
    const keptAsideAs = moveDatabaseAside(options.file, folder, now());
    try {
      copyFileSync(source, options.file);
      opened = openChecked(options.file, options.open, now());
      if (opened.recovery) throw new Error('The restored file failed its check');
    } catch (error) {
      if (existsSync(options.file)) opened.db.close();
      moveDatabaseBack(options.file, folder, keptAsideAs);
      opened = openChecked(options.file, options.open, now());
      handlers = createHandlers(ports());
      throw error;
    }
    handlers = createHandlers(ports());
    auditLog.restored(opened.db, join(folder, backup.name));
    // The restored file may hold other profiles: whoever restored unlocks again.
    session.lock();
    return { restored: backup, keptAsideAs };
  }

  const current = Object.fromEntries(
    CALL_NAMES.map((name) => [name, (input: never) => (handlers[name] as (input: never) => unknown)(input)]),
  ) as unknown as Handlers;

  const transactions = callTransactions({
    db: () => opened.db,
    file: options.file,
    now,
    session,
    trail: createAuditTrail(),
    // A read-only file cannot take audit entries; recovery is the only thing it is open for.
    audited: () => !opened.recovery,
  });
  const dispatch = createDispatch(current, {
    onInternalError: options.onInternalError,
    admit: (name) => {
      lockWhenIdle({
        session,
        now,
        db: opened.db,
        record: transactions.recordNow,
        // A file open read-only for recovery takes no writes; nothing ran on it to interrupt.
        onLocked: (lockedAt) => {
          if (!opened.recovery) interruptHolds(opened.db, lockedAt);
        },
      });
      return admitCall(name, {
        isUnlocked: () => session.profileId() !== null,
        recovery: () => opened.recovery,
        canRead: () => opened.readable,
      });
    },
    atomically: transactions.atomically,
    onSuccess: transactions.onSuccess,
  });

  return {
    dispatch: async (name, input) => {
      const result = await dispatch(name, input);
      try {
        if (!opened.recovery) auditLog.afterCall(opened.db);
      } catch (error) {
        // The call itself is committed; a head not written now lags safely and is written next time.
        if (isCallName(name)) options.onInternalError?.(name, error);
      }
      return result;
    },
    handlers: current,
    db: () => opened.db,
    ports,
    recovery: () => opened.recovery,
    backup: async (reason) => (opened.recovery ? undefined : backUp(reason)),
    close: () => {
      keyring.forget();
      opened.db.close();
    },
  };
}
