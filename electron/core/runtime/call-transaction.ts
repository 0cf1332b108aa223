import { ApiFailure } from '../../../shared/api/errors';
import { policyOf } from '../../../shared/api/contract';
import type { CallName } from '../../../shared/api/names';
import type { AccessSession } from '../access/session';
import type { DispatchOptions } from '../api/dispatch';
import { diskProblemMessage, diskProblemOf } from '../db/errors';
import type { ClinicDatabase } from '../db/open';
import type { NewAuditEntry } from '../db/repositories/audit-log';
import { auditEntryFor, type AuditTrail } from './audit-recorder';

export interface CallTransactionPorts {
  db: () => ClinicDatabase;
  /** The database file, named in the message when the disk refuses a write. */
  file: string;
  now: () => Date;
  session: AccessSession;
  trail: AuditTrail;
  /** False while the file is open read-only for recovery: nothing is written or audited then. */
  audited: () => boolean;
}

export type CallTransactions = Required<Pick<DispatchOptions, 'atomically' | 'onSuccess'>> & {
  /** Writes an entry made outside any call (main's idle lock); one the disk refuses waits its turn. */
  recordNow: (entry: NewAuditEntry) => void;
};

/**
 * Views, exports and locks change no record and grant nothing: on a full or read-only disk they go
 * ahead and their entry waits in memory. Every other call is refused when its entry cannot be written.
 */
function mayWaitForItsEntry(name: CallName): boolean {
  const policy = policyOf(name);
  return policy.effect !== 'write' || policy.audit === 'locked';
}

/**
 * One transaction per call part, holding the call's writes, its in-memory unlock (staged in the
 * session) and its audit entry: all commit together, or the call fails, nothing changes, and a disk
 * that refused the write is named in the error.
 */
export function callTransactions(ports: CallTransactionPorts): CallTransactions {
  let entry: NewAuditEntry | undefined;

  const failure = (error: unknown): unknown => {
    const problem = diskProblemOf(error);
    return problem ? new ApiFailure(problem, diskProblemMessage(problem, ports.file)) : error;
  };

  const atomically: CallTransactions['atomically'] = (name, work, part) => {
    if (!ports.audited() || (policyOf(name).managesTheFile && part === 'call')) return work();
    const db = ports.db();
    entry = undefined;
    let answer: { value: ReturnType<typeof work> } | undefined;
    let forgetWritten = () => {};
    try {
      const value = ports.session.staged(() =>
        db.transaction(() => {
          answer = { value: work() };
          if (entry) forgetWritten = ports.trail.write(db, entry);
          return answer.value;
        })(),
      );
      forgetWritten();
      return value;
    } catch (error) {
      if (answer && entry && diskProblemOf(error) && mayWaitForItsEntry(name)) {
        ports.trail.keep(entry);
        return answer.value;
      }
      throw failure(error);
    }
  };

  return {
    atomically,
    // Runs inside `atomically`'s transaction; the entry is written there, after the call's own work.
    onSuccess: (name, input, value) => {
      if (!ports.audited()) return;
      entry = auditEntryFor({ name, input, value, profileId: ports.session.actor(), at: ports.now() });
    },
    recordNow: (made) => {
      if (!ports.audited()) return;
      const db = ports.db();
      try {
        const forgetWritten = db.transaction(() => ports.trail.write(db, made))();
        forgetWritten();
      } catch (error) {
        if (!diskProblemOf(error)) throw error;
        ports.trail.keep(made);
      }
    },
  };
}
