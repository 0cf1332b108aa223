import { policyOf } from './contract';
import type { CallName } from './names';

/** The part of a call's name before the dot: `sessions` for `sessions.sign`. */
export type Namespace = CallName extends `${infer N}.${string}` ? N : never;

export function namespaceOf(name: CallName): Namespace {
  return name.slice(0, name.indexOf('.')) as Namespace;
}

/** Every namespace's answers. */
const EVERYTHING = 'everything';

/** A restore swaps the database and an import adds whole clients: nothing cached still holds. */
const REPLACE_RECORDS: readonly CallName[] = ['backups.restore', 'transfer.importFile'];

/**
 * Which namespaces' answers a successful write in a namespace can change, besides its own: the
 * renderer drops those from its cache so every screen shows what main now holds. Worked out from
 * the tables each service reads (`refreshes.test.ts` in main's services holds this against them).
 * - Sessions are counted in their client's list row and their course's progress, listed on Today,
 *   and feed the outcome trends (sessions and minutes held) and the assessments due.
 * - A course plans its sessions, and deleting it hides them.
 * - The plan's findings, zones and runs print on the session's summary; starting it puts the
 *   session in progress, which shows wherever sessions do.
 * - The clinic's algometer unit words the tolerances on Today's badges and on the printouts.
 */
const ALSO_REFRESHES = {
  clients: ['today', 'assessments', 'plan', 'printouts'],
  settings: ['today', 'printouts'],
  templates: [],
  courses: ['clients', 'sessions', 'today', 'assessments', 'outcomes', 'plan', 'printouts'],
  sessions: ['clients', 'courses', 'today', 'assessments', 'outcomes', 'plan', 'printouts'],
  addenda: ['sessions', 'printouts'],
  assessments: ['outcomes', 'printouts'],
  plan: ['sessions', 'clients', 'courses', 'today', 'assessments', 'outcomes', 'printouts'],
  findings: ['plan', 'printouts'],
  zones: ['plan', 'printouts'],
  techniques: ['plan'],
  runs: ['plan', 'printouts'],
  access: [],
  backups: [],
  encryption: ['backups'],
  transfer: [],
} as const satisfies Partial<Record<Namespace, readonly Namespace[]>>;

export type WritingNamespace = keyof typeof ALSO_REFRESHES;

/**
 * What a finished call leaves out of date: nothing for a read or an export, every namespace for a
 * restore or an import, else the call's own namespace and those its writes reach.
 */
export function refreshedBy(name: CallName): readonly Namespace[] | typeof EVERYTHING {
  if (policyOf(name).effect !== 'write') return [];
  if (REPLACE_RECORDS.includes(name)) return EVERYTHING;
  const namespace = namespaceOf(name) as WritingNamespace;
  return [namespace, ...ALSO_REFRESHES[namespace]];
}
