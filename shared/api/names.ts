import { SECURITY_CALL_NAMES } from './security-names';

/**
 * The names of every call, without their schemas, so the sandboxed preload can expose exactly
 * these functions without bundling zod. `contract.ts` is type-checked against this list in both
 * directions, so the two cannot drift.
 */
export const CALL_NAMES = ['app.info', 'clients.create', 'clients.get', 'clients.list', ...SECURITY_CALL_NAMES] as const;

export type CallName = (typeof CALL_NAMES)[number];

/** All calls travel on one IPC channel, so an unknown name is answered with an error, not a hang. */
export const API_CHANNEL = 'fasciamap:call';

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && (CALL_NAMES as readonly string[]).includes(name);
}
