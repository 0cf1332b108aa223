import { ATLAS_VERSION, structureById, tenderPointSites } from '../shared/anatomy';
import type { ModelPoint } from '../shared/domain/plan/region';
import { countDrawCalls, drawCallsPerFrame } from './support/draw-calls';
import { expect, test } from './support/fixtures';
import { hostClient } from '../electron/test-support/host-client';

const VIEWPORT = { width: 1280, height: 800 };

/** A finding's anchor at one of the 18 ACR sites, on the muscle the atlas puts there. */
function anchorAt(index: number) {
  const site = tenderPointSites()[index % 18]!;
  const normal: ModelPoint = site.point[2] >= 0 ? [0, 0, 1] : [0, 0, -1];
  return {
    structureId: site.structureId,
    layer: structureById(site.structureId)!.layer,
    u: 0.5,
    v: 0.5,
    point: [...site.point] as ModelPoint,
    normal,
    atlasVersion: ATLAS_VERSION,
  };
}

test('the plan draws its marks in batches: a frame with 120 findings takes the draw calls of one with 4, and no more than 2 above none', async ({
  page,
  clinic,
}) => {
  test.setTimeout(300_000);
  const { call } = hostClient(clinic.host);
  const client = await call('clients.create', {
    givenName: 'Many',
    familyName: 'Marks',
    dateOfBirth: '1975-02-03',
  });
  const [none, few, many] = await Promise.all([
    call('sessions.create', {
      clientId: client.id,
      startsAt: `${clinic.clock.day(-6)}T09:00`,
      plannedMinutes: 60,
    }),
    call('sessions.create', {
      clientId: client.id,
      startsAt: `${clinic.clock.day(1)}T09:00`,
      plannedMinutes: 60,
    }),
    call('sessions.create', {
      clientId: client.id,
      startsAt: `${clinic.clock.day(8)}T09:00`,
      plannedMinutes: 60,
    }),
  ]);
  // Trigger points and adhesions alternately: adhesions also draw their restriction arrows.
  const mark = (sessionId: string, index: number) =>
    call('findings.create', {
      sessionId,
      body:
        index % 2 === 0
          ? { kind: 'trigger_point', anchor: anchorAt(index), state: index % 4 === 0 ? 'active' : 'latent' }
          : {
              kind: 'adhesion',
              anchor: anchorAt(index),
              depth: 'superficial_fascia',
              direction: [0, 1, 0],
              severity: 'moderate',
            },
    });
  for (let index = 0; index < 4; index++) await mark(few.id, index);
  for (let index = 0; index < 120; index++) await mark(many.id, index);

  await page.setViewportSize(VIEWPORT);
  await countDrawCalls(page);
  const callsFor = async (sessionId: string, findings: number) => {
    await clinic.open(`/sessions/${sessionId}/plan`, /Session plan/);
    await page.locator('[data-model-ready="true"]').first().waitFor({ state: 'attached', timeout: 120_000 });
    await expect(page.locator('.plan-items .plan-item')).toHaveCount(findings, { timeout: 60_000 });
    await page.getByTestId('pain-extent').waitFor({ timeout: 120_000 });
    const calls = await drawCallsPerFrame(page, VIEWPORT);
    await page.setViewportSize(VIEWPORT);
    return calls;
  };
  const withNone = await callsFor(none.id, 0);
  const withFew = await callsFor(few.id, 4);
  const withMany = await callsFor(many.id, 120);
  // The adhesions' arrows are the two calls findings add: their shafts and their heads.
  expect(withFew).toBe(withNone + 2);
  expect(withMany).toBe(withFew);
});
