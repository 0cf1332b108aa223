import type { z } from 'zod';
import { appCalls } from './app';
import { clientCalls } from './clients';
import { courseCalls } from './courses';
import type { CallPolicy, CallSpec } from './define';
import { mapCalls } from './map';
import type { CallName } from './names';
import { outcomeCalls } from './outcomes';
import { printCalls } from './print';
import { securityCalls } from './security-calls';
import { sessionCalls } from './sessions';
import { settingsCalls } from './settings';

/**
 * Every call the renderer can make of main, each declared once. The main-process registration, the
 * preload's `window.api`, the browser host and the renderer's client are all derived from it.
 */
export const contract = {
  ...appCalls,
  ...clientCalls,
  ...settingsCalls,
  ...courseCalls,
  ...sessionCalls,
  ...outcomeCalls,
  ...securityCalls,
  ...printCalls,
  ...mapCalls,
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
