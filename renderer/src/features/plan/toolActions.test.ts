import { bodyAreaOf } from '../../../../shared/domain/body-size';
import { describe, expect, it } from 'vitest';
import { FindingBody } from '../../../../shared/domain/plan/findings';
import type { SurfaceHit } from '../../../../shared/domain/plan/targets';
import type { Finding, SessionPlan } from '../../../../shared/domain/plan/records';
import { trapeziusAnchor } from '../../../../shared/domain/plan/test-fixtures';
import { TOOL_ACTIONS, type ToolContext, type ToolOutcome } from './toolActions';
import { TOOLS, toolById, toolHint } from './tools';

const SESSION_ID = '00000000-0000-4000-8000-000000000001';
const AT = '2026-03-01T10:00:00.000Z';

function finding(id: string, body: unknown): Finding {
  return {
    id,
    sessionId: SESSION_ID,
    carriedFromId: null,
    body: FindingBody.parse(body),
    createdAt: AT,
    updatedAt: AT,
  };
}

const adhesionAt: [number, number, number] = [9.5, 145.6, -6.4];
const adhesion = finding('00000000-0000-4000-8000-00000000000a', {
  kind: 'adhesion',
  anchor: trapeziusAnchor({ point: adhesionAt, normal: [0, 0, -1] }),
  depth: 'muscle',
  direction: [0, 1, 0],
  severity: 'mild',
});

function context(selected: Finding | null = null): ToolContext {
  const plan: SessionPlan = {
    session: {
      id: SESSION_ID,
      clientId: '00000000-0000-4000-8000-000000000002',
      courseId: null,
      clientName: 'Ana Ruiz',
      startsAt: '2026-03-01T10:00',
      plannedMinutes: 60,
      bodyArea: bodyAreaOf({ heightCm: null, weightKg: null }),
      status: 'planned',
      locked: false,
      highlightedLineId: null,
    },
    previousSessionId: null,
    findings: [adhesion],
    zones: [],
    flags: [],
    runs: [],
    start: null,
    acknowledgements: [],
    runPosition: null,
    techniques: [],
  };
  return { plan, client: null, selection: selected ? { type: 'finding', id: selected.id } : null };
}

/** Fascia over no muscle, on the back, far from the adhesion and every tender-point site. */
const bareFascia: SurfaceHit = {
  structureId: 'superficial_fascia_M',
  layer: 'superficial_fascia',
  point: [0, 20, -60],
  normal: [0, 0, -1],
  uv: [0, 0],
};

const problemOf = (outcome: ToolOutcome) => (outcome && 'problem' in outcome ? outcome.problem : null);
const changeLabel = (outcome: ToolOutcome) => (outcome && 'make' in outcome ? outcome.make.label : null);

describe('the plan’s tools', () => {
  it('paint with a drag exactly when the toolbar says they paint, and otherwise act on a click', () => {
    for (const tool of TOOLS) {
      const action = TOOL_ACTIONS[tool.id];
      expect([tool.id, action.stroke !== undefined, action.place !== undefined]).toEqual([
        tool.id,
        tool.paints,
        !tool.paints,
      ]);
    }
  });

  it('say why a trigger point cannot go where no muscle is', () => {
    expect(problemOf(TOOL_ACTIONS.trigger_point.place!([bareFascia], context()))).toBe(
      'A trigger point lies in a muscle: click on a muscle',
    );
  });

  it('place an adhesion on the surface clicked', () => {
    expect(changeLabel(TOOL_ACTIONS.adhesion.place!([bareFascia], context()))).toBe('Place an adhesion');
  });

  it('move only a selected trigger point or adhesion', () => {
    expect(problemOf(TOOL_ACTIONS.move.place!([bareFascia], context()))).toBe(
      'Select a trigger point or an adhesion to move',
    );
    expect(changeLabel(TOOL_ACTIONS.move.place!([bareFascia], context(adhesion)))).toBe('Move an adhesion');
  });

  it('ask for a tender-point site when the click is on none', () => {
    expect(problemOf(TOOL_ACTIONS.tender_point.place!([bareFascia], context()))).toBe(
      'Click on one of the 18 tender-point sites',
    );
  });

  it('select the finding under the click, and nothing off the body', () => {
    const onAdhesion: SurfaceHit = { ...bareFascia, point: adhesionAt };
    expect(TOOL_ACTIONS.select.place!([onAdhesion], context())).toEqual({
      select: { type: 'finding', id: adhesion.id },
    });
    expect(TOOL_ACTIONS.select.place!([], context())).toEqual({ select: null });
  });

  it('record only a tender-point site on the surface clicked, not one through the body', () => {
    // The front of the chest over the left second rib, facing the therapist.
    const chest: SurfaceHit = { ...bareFascia, point: [7.2, 135.4, 10.6], normal: [0, 0, 1] };
    expect(TOOL_ACTIONS.tender_point.place!([chest], context())).toMatchObject({
      make: { label: 'Record a tender point' },
    });
    // The inside of the upper back seen through faded layers from the front: the supraspinatus
    // site lies within reach but 4 cm behind that surface, on the back of the body.
    const throughTheBody: SurfaceHit = { ...bareFascia, point: [10.4, 137.2, -7], normal: [0, 0, 1] };
    expect(problemOf(TOOL_ACTIONS.tender_point.place!([throughTheBody], context()))).toBe(
      'Click on one of the 18 tender-point sites',
    );
  });

  it('say in the toolbar what each marking tool lands on', () => {
    expect(toolHint(toolById('adhesion'))).toBe(
      'Place an adhesion on the fascia touched, recording the muscle beneath (A)',
    );
    expect(toolHint(toolById('trigger_point'))).toBe(
      'Place a trigger point in the first muscle beneath the fascia (T)',
    );
    expect(toolHint(toolById('pain_area'))).toBe(
      'Paint a pain area on the skin (the first shown surface) (P)',
    );
    expect(toolHint(toolById('select'))).toBe('Select a finding or zone on the model (V)');
  });
});
