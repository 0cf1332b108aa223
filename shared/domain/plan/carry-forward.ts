import type { FindingBody } from './findings';

export type CarryStatus = 'persisting' | 'new' | 'resolved';

export interface Carried {
  id: string;
  carriedFromId: string | null;
}

/**
 * Tender-point results belong to one exam: the exam is repeated each session rather than carried,
 * or last week's count would pass for this week's.
 */
export function carriesForward(finding: FindingBody): boolean {
  return finding.kind !== 'tender_point';
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
