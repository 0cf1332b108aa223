import { FindingBody, type FindingBodyInput } from '../../../../shared/domain/plan/findings';
import type { Finding, SessionPlan, Zone } from '../../../../shared/domain/plan/records';
import { ZoneBody, type ZoneBodyInput } from '../../../../shared/domain/plan/zones';
import { call } from '../../api/client';
import type { Change } from './history';
import type { Selection } from './selection';

/** A change not yet made: `apply` makes it and returns what to undo and redo it with. */
export interface PendingChange {
  label: string;
  apply: () => Promise<{ change: Change; selectId?: Selection }>;
  /**
   * For an edit of one item: the same edit made on `plan` (the plan with every change asked for
   * before it), and that plan with it made, to show before main answers.
   */
  onto?: (plan: SessionPlan) => { change: PendingChange; shown: SessionPlan };
}

/** Findings and zones are deleted softly, so a delete is undone by a restore and the reverse. */
const lifecycle = {
  finding: {
    remove: (id: string) => call('findings.delete', { id }),
    restore: (id: string) => call('findings.restore', { id }),
  },
  zone: {
    remove: (id: string) => call('zones.delete', { id }),
    restore: (id: string) => call('zones.restore', { id }),
  },
};

function created(
  type: Selection['type'],
  label: string,
  create: () => Promise<{ id: string }>,
): PendingChange {
  return {
    label,
    apply: async () => {
      const { id } = await create();
      const { remove, restore } = lifecycle[type];
      return { change: { label, undo: () => remove(id), redo: () => restore(id) }, selectId: { type, id } };
    },
  };
}

function deleted(type: Selection['type'], id: string, label: string): PendingChange {
  const { remove, restore } = lifecycle[type];
  return {
    label,
    apply: async () => {
      await remove(id);
      return { change: { label, undo: () => restore(id), redo: () => remove(id) } };
    },
  };
}

/** An edit, undone by saving what was there before. */
function edited<Body>(
  label: string,
  save: (body: Body) => Promise<unknown>,
  before: Body,
  after: Body,
): PendingChange {
  return {
    label,
    apply: async () => {
      await save(after);
      return { change: { label, undo: () => save(before), redo: () => save(after) } };
    },
  };
}

/**
 * The parts of an item's body an edit changes. A tool or a field builds the whole new body from
 * the body it saw, so these parts, laid over the body as it is when the edit's turn comes, keep
 * what other edits made in between (a note typed just before a stroke painted).
 */
function changedParts<Body extends object>(before: Body, after: Body): Partial<Body> {
  const parts: Partial<Body> = {};
  for (const key of Object.keys(after) as (keyof Body)[]) {
    if (after[key] !== before[key]) parts[key] = after[key];
  }
  return parts;
}

/** An item's place in the plan: how to find its body there and put a new one in. */
interface ItemPlace<Body> {
  bodyIn(plan: SessionPlan): Body | undefined;
  withBody(plan: SessionPlan, body: Body): SessionPlan | null;
  save(body: Body): Promise<unknown>;
}

function itemEdit<Body extends object>(place: ItemPlace<Body>, label: string, before: Body, after: Body) {
  const parts = changedParts(before, after);
  const change: PendingChange = {
    ...edited(label, place.save, before, after),
    onto(plan) {
      const current = place.bodyIn(plan) ?? before;
      const next = { ...current, ...parts };
      return { change: edited(label, place.save, current, next), shown: place.withBody(plan, next) ?? plan };
    },
  };
  return change;
}

function findingPlace(id: string): ItemPlace<FindingBodyInput> {
  return {
    bodyIn: (plan) => plan.findings.find((finding) => finding.id === id)?.body,
    withBody(plan, input) {
      const body = FindingBody.safeParse(input);
      if (!body.success) return null;
      const findings = plan.findings.map((f) => (f.id === id ? { ...f, body: body.data } : f));
      return { ...plan, findings };
    },
    save: (body) => call('findings.update', { id, body }),
  };
}

function zonePlace(id: string): ItemPlace<ZoneBodyInput> {
  return {
    bodyIn: (plan) => plan.zones.find((zone) => zone.id === id)?.body,
    withBody(plan, input) {
      const body = ZoneBody.safeParse(input);
      if (!body.success) return null;
      return { ...plan, zones: plan.zones.map((z) => (z.id === id ? { ...z, body: body.data } : z)) };
    },
    save: (body) => call('zones.update', { id, body }),
  };
}

export function createFinding(sessionId: string, body: FindingBodyInput, label: string): PendingChange {
  return created('finding', label, () => call('findings.create', { sessionId, body }));
}

export function updateFinding(before: Finding, body: FindingBodyInput, label: string): PendingChange {
  return itemEdit(findingPlace(before.id), label, before.body, body);
}

export function deleteFinding(finding: Finding, label: string): PendingChange {
  return deleted('finding', finding.id, label);
}

export function createZone(sessionId: string, body: ZoneBodyInput, label: string): PendingChange {
  return created('zone', label, () => call('zones.create', { sessionId, body }));
}

export function updateZone(before: Zone, body: ZoneBodyInput, label: string): PendingChange {
  return itemEdit(zonePlace(before.id), label, before.body, body);
}

export function deleteZone(zone: Zone, label: string): PendingChange {
  return deleted('zone', zone.id, label);
}

export function reorderZones(sessionId: string, before: string[], after: string[]): PendingChange {
  return edited(
    'Reorder the plan',
    (zoneIds: string[]) => call('zones.reorder', { sessionId, zoneIds }),
    before,
    after,
  );
}
