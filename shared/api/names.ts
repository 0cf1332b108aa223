import { MAP_CALL_NAMES } from './map-names';
import { PRINT_CALL_NAMES } from './print-names';
import { SECURITY_CALL_NAMES } from './security-names';

/**
 * The names of every call, without their schemas, so the sandboxed preload can expose exactly
 * these functions without bundling zod. `contract.ts` is type-checked against this list in both
 * directions, so the two cannot drift.
 */
export const CALL_NAMES = [
  'app.info',
  'clients.create',
  'clients.get',
  'clients.list',
  'clients.update',
  'clients.archive',
  'clients.unarchive',
  'clients.delete',
  'clients.restore',
  'clients.purge',
  'settings.get',
  'settings.update',
  'templates.list',
  'templates.create',
  'templates.update',
  'courses.create',
  'courses.list',
  'courses.delete',
  'courses.restore',
  'courses.purge',
  'sessions.create',
  'sessions.get',
  'sessions.list',
  'sessions.update',
  'sessions.saveDraft',
  'sessions.discardDraft',
  'sessions.sign',
  'sessions.delete',
  'sessions.restore',
  'sessions.purge',
  'addenda.add',
  'today.overview',
  'assessments.record',
  'assessments.list',
  'assessments.due',
  'outcomes.course',
  ...SECURITY_CALL_NAMES,
  ...PRINT_CALL_NAMES,
  ...MAP_CALL_NAMES,
] as const;

export type CallName = (typeof CALL_NAMES)[number];

/** All calls travel on one IPC channel, so an unknown name is answered with an error, not a hang. */
export const API_CHANNEL = 'fasciamap:call';

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && (CALL_NAMES as readonly string[]).includes(name);
}
