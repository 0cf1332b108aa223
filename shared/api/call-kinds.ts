/** What a call does to records, as the audit log names it. */
export const AUDIT_ACTIONS = [
  'viewed',
  'created',
  'changed',
  'signed',
  'exported',
  'deleted',
  'unlocked',
  'locked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const BY_VERB: [RegExp, AuditAction][] = [
  [/^(get|list|search|find|view|show|read|load|status|info|overview|verify|preview)/, 'viewed'],
  [/^export/, 'exported'],
  [/^(create|add|new|import|start|duplicate|copy)/, 'created'],
  [/^sign/, 'signed'],
  [/^(delete|remove|archive|purge|trash|discard)/, 'deleted'],
  [/^unlock/, 'unlocked'],
  [/^lock/, 'locked'],
];

/**
 * Classifies a call by the verb its method name starts with (`sessions.sign` -> signed). Anything
 * not recognised counts as `changed`, the safe default: it is audited and refused on a read-only
 * database, so a call added later without thought is never treated as harmless.
 */
export function callAction(name: string): AuditAction {
  const method = name.slice(name.indexOf('.') + 1);
  return BY_VERB.find(([verb]) => verb.test(method))?.[1] ?? 'changed';
}

/** Whether the call changes the database (and so is refused while it is open read-only). */
export function isWriteCall(name: string): boolean {
  return !['viewed', 'exported'].includes(callAction(name));
}
