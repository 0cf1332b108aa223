import type { z } from 'zod';
import type { AuditAction } from './audit-actions';

/**
 * What a call is allowed to do, declared beside its schemas so that main's dispatch, the lock, the
 * recovery screen and the audit log all read one statement instead of guessing from the name.
 */
export interface CallPolicy {
  /**
   * `read` changes nothing (answered on a file open read-only for recovery); `export` hands records
   * out of the app without changing them; `write` changes the clinic's records or its state.
   */
  effect: 'read' | 'write' | 'export';
  /** The verb of its audit entry, or `none` for calls about the app itself rather than anyone's records. */
  audit: AuditAction | 'none';
  /**
   * The input carries a `reason` the therapist gave (a correction, a deletion), kept word for word in
   * the call's audit entry so the record says why it changed.
   */
  recordsReason?: true;
  /** Answered while the app is locked: only what it takes to see who may unlock, and to unlock. */
  whileLocked?: true;
  /** Answered, without unlocking, on a damaged file's recovery screen. */
  inRecovery?: true;
  /** Copies or swaps the database file itself, so it cannot run inside one of its transactions. */
  managesTheFile?: true;
}

/** The policies most calls share. */
export const VIEWS = { effect: 'read', audit: 'viewed' } as const satisfies CallPolicy;
export const CREATES = { effect: 'write', audit: 'created' } as const satisfies CallPolicy;
export const CHANGES = { effect: 'write', audit: 'changed' } as const satisfies CallPolicy;
export const DELETES = { effect: 'write', audit: 'deleted' } as const satisfies CallPolicy;
export const EXPORTS = { effect: 'export', audit: 'exported' } as const satisfies CallPolicy;

/** One renderer-to-main call: the schema its single argument object must match, its result's, and its policy. */
export interface CallSpec<Input extends z.ZodType = z.ZodType, Output extends z.ZodType = z.ZodType> {
  input: Input;
  output: Output;
  policy: CallPolicy;
}

export function defineCall<Input extends z.ZodType, Output extends z.ZodType>(
  input: Input,
  output: Output,
  policy: CallPolicy,
): CallSpec<Input, Output> {
  return { input, output, policy };
}
