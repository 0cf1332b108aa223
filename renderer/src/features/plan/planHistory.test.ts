import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../../shared/api/errors';
import { buildApiSurface } from '../../../../shared/api/surface';
import { FINDING_KIND_RULES } from '../../../../shared/domain/plan/finding-kinds';
import type { Finding, SessionPlan, Zone } from '../../../../shared/domain/plan/records';
import type { BrushStroke, PaintedRegion } from '../../../../shared/domain/plan/region';
import { spot, trapeziusAnchor, zoneOn } from '../../../../shared/domain/plan/test-fixtures';
import { call } from '../../api/client';
import {
  createFinding,
  createZone,
  deleteFinding,
  deleteZone,
  reorderZones,
  updateFinding,
  updateZone,
  type PendingChange,
} from './changes';
import { holdPendingEdits } from './pendingEdits';
import { usePlanStore } from './planStore';

/**
 * The plan's undo and redo against a real clinic: main's own runtime on a temporary SQLite file,
 * reached through the same contract surface the preload builds, so every change, undo and redo is
 * a call main validates. Main's code is loaded when the test runs; the renderer's type-check does
 * not take it in.
 */
interface Clinic {
  runtime: { dispatch(name: string, input: unknown): Promise<ApiResult<unknown>> };
  close(): void;
}
const TEST_CLINIC_MODULE = '../../../../electron/test-support/temp-db';
const { openTestClinic } = (await import(/* @vite-ignore */ TEST_CLINIC_MODULE)) as {
  openTestClinic: () => Clinic;
};

let clinic: Clinic;
let sessionId = '';

beforeEach(async () => {
  clinic = openTestClinic();
  const api = buildApiSurface((name, input) => clinic.runtime.dispatch(name, input));
  Object.assign(globalThis, { window: { api } });
  await call('access.createProfile', { displayName: 'Ana', passphrase: 'a long clinic passphrase' });
  const client = await call('clients.create', {
    givenName: 'Ada',
    familyName: 'Moss',
    dateOfBirth: '1971-04-02',
    phone: '',
    email: '',
    conditions: [],
    medications: [],
    goals: '',
    consentDate: null,
    contraindications: [],
    otherContraindications: [],
    toleranceDefault: null,
    toleranceByRegion: [],
    areasToAvoid: [],
    pressurePreferences: '',
  });
  const session = await call('sessions.create', {
    clientId: client.id,
    courseId: null,
    startsAt: '2026-03-02T08:00',
    plannedMinutes: 60,
  });
  sessionId = session.id;
  await usePlanStore.getState().load(sessionId);
});
afterEach(() => clinic.close());

/** What main has stored for the plan: each item's body, zones in the plan's order. */
async function stored() {
  const plan = await call('plan.get', { sessionId });
  return { findings: plan.findings.map((f) => f.body), zones: plan.zones.map((z) => z.body) };
}

const plan = (): SessionPlan => usePlanStore.getState().plan!;
const latestFinding = (): Finding => plan().findings.at(-1)!;
const findingById = (id: string): Finding => plan().findings.find((f) => f.id === id)!;
const zoneById = (id: string): Zone => plan().zones.find((z) => z.id === id)!;
const stroke = (mode: BrushStroke['mode'], point: [number, number, number]): BrushStroke => ({
  mode,
  radiusCm: 3,
  stamps: [point],
});
const withStroke = (region: PaintedRegion, added: BrushStroke): PaintedRegion => ({
  strokes: [...region.strokes, added],
});

async function make(change: PendingChange) {
  expect(await usePlanStore.getState().make(change)).toBe(true);
}

describe('the plan’s undo and redo, against main', () => {
  it('undoes every kind of change one step at a time to the empty plan, and redoes it all', async () => {
    const steps: PendingChange[] = [];
    const states = [await stored()];
    const step = async (change: () => PendingChange) => {
      const pending = change();
      steps.push(pending);
      await make(pending);
      states.push(await stored());
    };

    const tp = FINDING_KIND_RULES.trigger_point;
    await step(() => createFinding(sessionId, tp.create(trapeziusAnchor()), 'Place a trigger point'));
    const trigger = latestFinding().id;
    await step(() => {
      const body = findingById(trigger).body;
      if (body.kind !== 'trigger_point') throw new Error('not a trigger point');
      const moved = trapeziusAnchor({ u: 0.5, point: [9.8, 146, -6.2] });
      return updateFinding(findingById(trigger), tp.movedTo(body, moved), 'Move a trigger point');
    });
    await step(() => {
      const body = findingById(trigger).body;
      if (body.kind !== 'trigger_point') throw new Error('not a trigger point');
      const referral = withStroke(body.referral, stroke('paint', [12, 150, -7]));
      return updateFinding(findingById(trigger), { ...body, referral }, 'Paint referral');
    });
    await step(() =>
      createFinding(
        sessionId,
        FINDING_KIND_RULES.pain_area.create(spot([0, 100, 10]), []),
        'Paint a pain area',
      ),
    );
    const pain = latestFinding().id;
    for (const mode of ['paint', 'erase'] as const) {
      await step(() => {
        const body = findingById(pain).body;
        if (body.kind !== 'pain_area') throw new Error('not a pain area');
        const region = withStroke(body.region, stroke(mode, [2, 101, 10]));
        return updateFinding(findingById(pain), { ...body, region }, 'Paint');
      });
    }
    await step(() =>
      createFinding(sessionId, FINDING_KIND_RULES.tender_point.create('tp_occiput_L'), 'Record'),
    );
    const tender = latestFinding().id;
    await step(() => {
      const body = findingById(tender).body;
      if (body.kind !== 'tender_point') throw new Error('not a tender point');
      return updateFinding(
        findingById(tender),
        { ...body, painful: !body.painful, algometerKgCm2: 3.2 },
        'Record',
      );
    });
    await step(() => createZone(sessionId, zoneOn('trapezius_upper_L'), 'Add a zone'));
    const byStructure = plan().zones.at(-1)!.id;
    const painted = { kind: 'region' as const, region: spot([0, 120, -10]), footprint: [] };
    await step(() => createZone(sessionId, zoneOn('trapezius_upper_L', { target: painted }), 'Paint a zone'));
    const byPaint = plan().zones.at(-1)!.id;
    await step(() => {
      const zone = zoneById(byStructure);
      return updateZone(zone, { ...zone.body, notes: 'Slow', holdMinutes: 3 }, 'Edit zone');
    });
    await step(() => reorderZones(sessionId, [byStructure, byPaint], [byPaint, byStructure]));
    await step(() => deleteZone(zoneById(byPaint), 'Delete zone'));
    await step(() => deleteFinding(findingById(pain), 'Delete finding'));

    expect(usePlanStore.getState().history.done.map((c) => c.label)).toEqual(steps.map((s) => s.label));
    for (let at = states.length - 2; at >= 0; at--) {
      expect(await usePlanStore.getState().undo()).toBe(true);
      expect(await stored()).toEqual(states[at]);
    }
    expect(states[0]).toEqual({ findings: [], zones: [] });
    for (let at = 1; at < states.length; at++) {
      expect(await usePlanStore.getState().redo()).toBe(true);
      expect(await stored()).toEqual(states[at]);
    }
  });

  it('keeps a typed note and a stroke painted before the note was saved, each its own step', async () => {
    await make(
      createFinding(sessionId, FINDING_KIND_RULES.pain_area.create(spot([0, 100, 10]), []), 'Paint'),
    );
    const seen = latestFinding();
    if (seen.body.kind !== 'pain_area') throw new Error('not a pain area');
    const noted = make(updateFinding(seen, { ...seen.body, note: 'Worse on waking' }, 'Edit finding'));
    // The stroke was made on the finding as it was seen, without the note.
    const region = withStroke(seen.body.region, stroke('paint', [3, 100, 10]));
    await Promise.all([noted, make(updateFinding(seen, { ...seen.body, region }, 'Paint'))]);
    expect((await stored()).findings).toEqual([{ ...seen.body, note: 'Worse on waking', region }]);
    await usePlanStore.getState().undo();
    expect((await stored()).findings).toEqual([{ ...seen.body, note: 'Worse on waking' }]);
    await usePlanStore.getState().undo();
    expect((await stored()).findings).toEqual([seen.body]);
  });

  it('saves what was typed before an undo, so the undo takes back the typing', async () => {
    await make(createZone(sessionId, zoneOn('trapezius_upper_L'), 'Add a zone'));
    const zone = plan().zones[0]!;
    let typed: PendingChange | null = updateZone(
      zone,
      { ...zone.body, notes: 'Ask about the shoulder' },
      'Edit',
    );
    const release = holdPendingEdits(() => {
      const change = typed;
      typed = null;
      if (change) void usePlanStore.getState().make(change);
    });
    expect(await usePlanStore.getState().undo()).toBe(true);
    release();
    expect((await stored()).zones).toEqual([zone.body]);
    expect(usePlanStore.getState().history.undone.map((c) => c.label)).toEqual(['Edit']);
    await usePlanStore.getState().redo();
    expect((await stored()).zones).toEqual([{ ...zone.body, notes: 'Ask about the shoulder' }]);
  });

  it('refuses through main what main refuses, and keeps the history as it was', async () => {
    await make(createZone(sessionId, zoneOn('trapezius_upper_L'), 'Add a zone'));
    const zone = plan().zones[0]!;
    expect(
      await usePlanStore.getState().make(updateZone(zone, { ...zone.body, holdMinutes: 0 }, 'Edit')),
    ).toBe(false);
    expect(usePlanStore.getState().problem).toMatch(/hold/i);
    expect(usePlanStore.getState().history.done).toHaveLength(1);
    expect((await stored()).zones).toEqual([zone.body]);
  });
});
