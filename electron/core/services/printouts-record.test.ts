import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASTRO_SANCHEZ_2011_TEMPLATE_ID } from '../db/migrations/003-clinical-records';
import type { PaintedRegion } from '../../../shared/domain/plan/region';
import { openTestClinic, TEST_CLINIC_NOW, type TestClinic } from '../../test-support/temp-db';

let clinic: TestClinic;
let clientId: string;

const spot = (x: number, y: number): PaintedRegion => ({
  strokes: [{ mode: 'paint', radiusCm: 3, stamps: [[x, y, -12]] }],
});

/** A client with a scar low on the back and an area she asked to be left alone, as an intake records them. */
beforeEach(async () => {
  clinic = openTestClinic(TEST_CLINIC_NOW);
  const finish = await clinic.handlers['access.createProfile']({
    displayName: 'Lucía Gómez',
    passphrase: 'a long test passphrase',
  });
  finish();
  clientId = clinic.call('clients.create', {
    givenName: 'Ana',
    familyName: 'Ruiz',
    dateOfBirth: '1970-05-01',
    contraindications: [{ code: 'recent-surgery', note: 'Appendectomy scar, 6 weeks', regions: ['abdomen'] }],
    areasToAvoid: [{ regions: ['neck'], note: 'Dislikes the front of the neck touched' }],
  }).id;
});
afterEach(() => clinic.close());

const newSession = (startsAt: string) =>
  clinic.call('sessions.create', { clientId, startsAt, plannedMinutes: 60 }).id;

describe('printouts.get: the whole record of the session', () => {
  it('prints each pain area with what the client said of it, and the last session’s map to overlap with', () => {
    const earlier = newSession('2026-02-22T10:00');
    const sessionId = newSession('2026-03-01T10:00');
    expect(clinic.call('printouts.get', { sessionId: earlier }).previousPainRegions).toBeNull();
    // The earlier session has no pain areas: an empty map, not a missing one.
    expect(clinic.call('printouts.get', { sessionId }).previousPainRegions).toEqual([]);

    clinic.call('findings.create', {
      sessionId: earlier,
      body: { kind: 'pain_area', region: spot(-6, 100), intensity: 7, quality: 'aching' },
    });
    clinic.call('findings.create', {
      sessionId,
      body: {
        kind: 'pain_area',
        region: spot(-6, 102),
        footprint: ['quadratus_lumborum_L'],
        intensity: 6,
        quality: 'burning',
        note: 'Worse after sitting',
      },
    });
    const printout = clinic.call('printouts.get', { sessionId });
    expect(printout.painAreas).toEqual([
      { where: 'Lower back', intensity: 6, quality: 'Burning', note: 'Worse after sitting' },
    ]);
    expect(printout.painRegions).toEqual([spot(-6, 102)]);
    expect(printout.previousPainRegions).toEqual([spot(-6, 100)]);
  });

  it('lists the caution zones painted in the session and the places the intake names, each with its reason', () => {
    const sessionId = newSession('2026-03-01T10:00');
    clinic.call('findings.create', {
      sessionId,
      body: {
        kind: 'caution',
        region: spot(0, 95),
        footprint: ['rectus_abdominis_L'],
        source: 'therapist',
        reason: 'No-touch: healing scar',
        note: 'Still pink',
      },
    });
    expect(clinic.call('printouts.get', { sessionId }).cautions).toEqual([
      {
        source: 'Painted in this session',
        where: 'Abdomen',
        reason: 'No-touch: healing scar',
        note: 'Still pink',
      },
      {
        source: 'From the intake',
        where: 'Neck',
        reason: 'The client asked that this area be avoided',
        note: 'Dislikes the front of the neck touched',
      },
      {
        source: 'From the intake',
        where: 'Abdomen',
        reason: 'Recent surgery',
        note: 'Appendectomy scar, 6 weeks',
      },
    ]);
  });

  it('says what soreness the client reported since the last session, and when the note does not say', () => {
    const sessionId = newSession('2026-03-01T10:00');
    const note = (fields: {
      soreness: 'none' | 'mild' | 'moderate' | null;
      flare: boolean;
      sorenessRegions: string[];
    }) => {
      clinic.call('sessions.update', {
        id: sessionId,
        startsAt: '2026-03-01T10:00',
        plannedMinutes: 60,
        status: 'planned',
        ...fields,
      });
      return clinic.call('printouts.get', { sessionId }).session.sorenessReport;
    };
    expect(note({ soreness: null, flare: false, sorenessRegions: [] })).toBeNull();
    expect(note({ soreness: 'none', flare: false, sorenessRegions: [] })).toBe('No soreness, no flare');
    expect(note({ soreness: 'moderate', flare: true, sorenessRegions: ['lower_back', 'thigh_L'] })).toBe(
      "Moderate soreness, with a flare, in the Lower back, Thigh (client's left)",
    );
    // Mild soreness changes nothing in the next plan, but it is still part of the record.
    expect(note({ soreness: 'mild', flare: false, sorenessRegions: ['neck'] })).toBe(
      'Mild soreness, no flare, in the Neck',
    );
  });

  it('charts a score stored before the rounding rule as the outcomes screen shows it', () => {
    const template = clinic
      .call('templates.list', {})
      .find((item) => item.id === CASTRO_SANCHEZ_2011_TEMPLATE_ID)!;
    const course = clinic.call('courses.create', {
      clientId,
      templateId: template.id,
      name: template.name,
      startDate: '2026-03-01',
      sessionTime: '10:00',
      sessionCount: template.sessionCount,
      intervalDays: template.intervalDays,
      sessionMinutes: template.sessionMinutes,
      assessments: template.assessments,
    });
    clinic.call('assessments.record', {
      clientId,
      courseId: course.id,
      coursePosition: 0,
      takenOn: '2026-02-28',
      pain: { current: 6, worst: 8, least: 3 },
    });
    // An assessment saved by an earlier version, which stored the score as the arithmetic left it.
    clinic.db
      .prepare("UPDATE outcome_measures SET score = 6.166666666666667 WHERE kind = 'pain_current'")
      .run();
    const [first] = clinic
      .call('sessions.list', { clientId })
      .filter((session) => session.courseId === course.id);
    const { trends } = clinic.call('printouts.get', { sessionId: first!.id });
    const pain = trends.find((trend) => trend.label === 'Pain now (NRS)')!;
    expect(pain.points.map((point) => point.value)).toEqual([6.2]);
  });
});

describe('printouts.get: a false record is refused', () => {
  it('prints every flag of a session completed without their acknowledgement as not reviewed', () => {
    const sessionId = newSession('2026-03-01T10:00');
    clinic.call('zones.create', {
      sessionId,
      body: {
        target: { kind: 'structure', structureId: 'sternocleidomastoid_L' },
        techniqueId: 'sustained-pressure',
        pressure: { scale: 'ordinal', value: 'firm' },
        holdMinutes: 4,
      },
    });
    const raised = clinic.call('plan.get', { sessionId }).flags;
    expect(raised.length).toBeGreaterThan(0);
    // Main refuses to complete a session with flags nobody acknowledged; a record from before that
    // rule is written here as it would have been stored.
    clinic.db
      .prepare("UPDATE sessions SET status = 'completed', actual_minutes = 55 WHERE id = ?")
      .run(sessionId);
    const printout = clinic.call('printouts.get', { sessionId });
    expect(printout.session.status).toBe('completed');
    expect(printout.flags.map((flag) => [flag.message, flag.acknowledged])).toEqual(
      raised.map((flag) => [expect.stringContaining(flag.reason), null]),
    );
  });
});
