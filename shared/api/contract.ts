import type { z } from 'zod';
import { appCalls } from './app';
import { clientsCalls } from './clients';
import { settingsCalls } from './settings';
import { templatesCalls } from './templates';
import { coursesCalls } from './courses';
import { sessionsCalls } from './sessions';
import { addendaCalls } from './addenda';
import { todayCalls } from './today';
import { assessmentsCalls } from './assessments';
import { outcomesCalls } from './outcomes';
import { planCalls } from './plan';
import { findingsCalls } from './findings';
import { zonesCalls } from './zones';
import { techniquesCalls } from './techniques';
import { runsCalls } from './runs';
import { printoutsCalls } from './printouts';
import { accessCalls } from './access';
import { auditCalls } from './audit';
import { backupsCalls } from './backups';
import { encryptionCalls } from './encryption';
import { transferCalls } from './transfer';
import type { CallPolicy, CallSpec } from './define';
import type { CallName } from './names';

/**
 * Every call the renderer can make of main, each declared once. The main-process registration, the
 * preload's `window.api`, the browser host and the renderer's client are all derived from it.
 */
export const contract = {
  ...appCalls,
  ...clientsCalls,
  ...settingsCalls,
  ...templatesCalls,
  ...coursesCalls,
  ...sessionsCalls,
  ...addendaCalls,
  ...todayCalls,
  ...assessmentsCalls,
  ...outcomesCalls,
  ...planCalls,
  ...findingsCalls,
  ...zonesCalls,
  ...techniquesCalls,
  ...runsCalls,
  ...printoutsCalls,
  ...accessCalls,
  ...auditCalls,
  ...backupsCalls,
  ...encryptionCalls,
  ...transferCalls,
} satisfies Record<CallName, CallSpec>;

type ContractNames = keyof typeof contract;
/** Fails to compile if the contract declares a call that `CALL_NAMES` does not list. */
export type ContractHasOnlyListedNames = Exclude<ContractNames, CallName> extends never ? true : never;
const contractMatchesNames: ContractHasOnlyListedNames = true;
void contractMatchesNames;

/** What the call may do, as its declaration says: read by dispatch, the lock, recovery and the audit. */
export function policyOf(name: CallName): CallPolicy {
  return contract[name].policy;
}

/** What the caller passes (defaults may be omitted). */
export type CallInput<N extends CallName> = z.input<(typeof contract)[N]['input']>;
/** What a handler receives once the input is parsed (defaults filled in). */
export type ParsedInput<N extends CallName> = z.output<(typeof contract)[N]['input']>;
export type CallOutput<N extends CallName> = z.output<(typeof contract)[N]['output']>;
