import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FindingBody } from '../../shared/domain/plan/findings';
import { SurfaceAnchor } from '../../shared/domain/plan/anchor';
import { trapeziusAnchor } from '../../shared/domain/plan/test-fixtures';
import { ZoneBody } from '../../shared/domain/plan/zones';
import { generateClinic } from './generate-clinic';
import { generateSessionMaps, spread } from './generate-session-map';
import { openTestClinic, type TestClinic } from './temp-db';

let clinic: TestClinic;
beforeEach(() => {
  clinic = openTestClinic();
});
afterEach(() => clinic.close());

describe('generateSessionMaps', () => {
  it('fills the held sessions with findings and zones the shared schemas accept', () => {
    const { completedSessionIds } = generateClinic(clinic.db, { clients: 3, sessionsPerClient: 3, seed: 5 });
    expect(completedSessionIds).toHaveLength(6);
    const rows = generateSessionMaps(clinic.db, {
      sessions: completedSessionIds.map((sessionId) => ({ sessionId, findings: 4, zones: 2 })),
      places: [{ anchor: SurfaceAnchor.parse(trapeziusAnchor()), direction: [1, 0, 0] }],
      seed: 6,
      at: '2026-03-01T10:00:00.000Z',
    });
    expect(rows).toBe(36);
    const plan = clinic.call('plan.get', { sessionId: completedSessionIds[0]! });
    expect(plan.findings).toHaveLength(4);
    expect(plan.zones.map((zone) => zone.position)).toEqual([0, 1]);
    for (const finding of plan.findings) expect(FindingBody.safeParse(finding.body).success).toBe(true);
    for (const zone of plan.zones) expect(ZoneBody.safeParse(zone.body).success).toBe(true);
  });
});

describe('spread', () => {
  it('shares a total out whole, the shares differing by at most one', () => {
    const shares = spread(1_000, 7);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(1_000);
    expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
  });
});
