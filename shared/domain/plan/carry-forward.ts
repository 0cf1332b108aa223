import { FINDING_KIND_RULES } from './finding-kinds';
import type { FindingBody } from './findings';

export type CarryStatus = 'persisting' | 'new' | 'resolved';

export interface Carried {
  id: string;
  carriedFromId: string | null;
}

/** Whether "Start from the last session" brings this finding along: its kind decides. */
export function carriesForward(finding: FindingBody): boolean {
  return FINDING_KIND_RULES[finding.kind].carriesForward;
}

/**
 * Whether the last session has already been brought into this one: carrying twice would double
 * every finding, so a plan holding any carried item is not carried into again.
 */
export function alreadyCarried(plan: {
  findings: readonly Pick<Carried, 'carriedFromId'>[];
  zones: readonly Pick<Carried, 'carriedFromId'>[];
}): boolean {
  return [...plan.findings, ...plan.zones].some((item) => item.carriedFromId !== null);
}

/**
 * How this session's items relate to the last one's: carried and kept is persisting, anything
 * else here is new, and what the last session had that was not kept here is resolved.
 */
export function carryStatuses<T extends Carried>(
  previous: readonly T[],
  current: readonly T[],
): { current: Map<string, CarryStatus>; resolved: T[] } {
  const previousIds = new Set(previous.map((item) => item.id));
  const kept = new Set(current.map((item) => item.carriedFromId).filter((id) => id !== null));
  return {
    current: new Map(
      current.map((item) => [
        item.id,
        item.carriedFromId !== null && previousIds.has(item.carriedFromId) ? 'persisting' : 'new',
      ]),
    ),
    resolved: previous.filter((item) => !kept.has(item.id)),
  };
}
