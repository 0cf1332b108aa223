import { addDays } from '../../shared/domain/dates';
import type { PaintedRegion } from '../../shared/domain/plan/region';
import { hostClient } from '../../electron/test-support/host-client';
import type { RunningHost } from './host';
import type { TestClock } from './test-clock';

// The FIQR worked by hand in shared/domain/outcomes/fiqr.test.ts: 10 + 11 + 26.5 = 47.5.
const FIQR_47_5 = [2, 3, 4, 5, 6, 3, 4, 2, 1, 5, 6, 7, 6, 5, 8, 4, 3, 5, 7, 2, 6];
// 20 / 3 + 9 + 43 / 2 = 37.1666…, which the screen shows as 37.2: the printouts must too.
const FIQR_37_2 = [1, 2, 3, 4, 5, 2, 3, 0, 0, 4, 5, 6, 5, 4, 7, 3, 2, 4, 6, 1, 5];
const SSS = {
  fatigue: 2,
  wakingUnrefreshed: 2,
  cognitiveSymptoms: 1,
  headaches: true,
  lowerAbdominalPain: false,
  depression: false,
};

/** A stripe of the low back, on the client's left (x > 0) or right. */
const lowBack = (x: number): PaintedRegion => ({
  strokes: [
    {
      mode: 'paint',
      radiusCm: 4,
      stamps: Array.from({ length: 8 }, (_, i) => [x, 100 + i * 2, -12] as [number, number, number]),
    },
  ],
});

/** Pain painted by session: both sides of the low back at the first, the left side at the sixth. */
const PAIN_MAPS: Partial<Record<number, PaintedRegion[]>> = { 0: [lowBack(-6), lowBack(6)], 5: [lowBack(6)] };

/** Zones worked at each session, by structure: shoulders every time, the right hip from the third on. */
const ZONES = ['trapezius_upper_L', 'trapezius_upper_R', 'gluteus_medius_R'] as const;

export interface CourseStory {
  clientId: string;
  clientName: string;
  /** Session 6 of 20, held yesterday: the session both printouts are asked from. */
  sessionId: string;
  sessionsGiven: number;
  minutesGiven: number;
}

/**
 * A course worth telling, set up through the real contract: the shipped 20-week trial protocol,
 * started five weeks ago, its first six sessions held (85 minutes each, pain noted before each),
 * zones worked at each, a baseline assessment (FIQR, WPI/SSS, PSQI, pain) and a later one on the
 * sixth session's day, and pain painted at the first session (both sides of the low back) and the
 * sixth (the left side only).
 */
export async function seedCourseStory(host: RunningHost, clock: TestClock): Promise<CourseStory> {
  const { call } = hostClient(host);
  const sixthDay = clock.day(-1);
  const start = addDays(sixthDay, -35);
  await call('settings.update', {
    clinicName: 'Clínica Calma',
    therapistName: 'Lucía Gómez',
    paperSize: 'a4',
    clinicPhone: '+34 912 345 678',
  });
  const client = await call('clients.create', {
    givenName: 'Maribel',
    familyName: 'Castro Núñez',
    dateOfBirth: '1971-04-23',
    conditions: ['Fibromyalgia'],
  });
  const trial = (await call('templates.list', {})).find((template) => template.sessionCount === 20);
  if (!trial) throw new Error('The shipped 20-session protocol is missing');
  const course = await call('courses.create', {
    clientId: client.id,
    templateId: trial.id,
    name: trial.name,
    startDate: start,
    sessionTime: '09:30',
    sessionCount: trial.sessionCount,
    intervalDays: trial.intervalDays,
    sessionMinutes: trial.sessionMinutes,
    assessments: trial.assessments,
  });
  const sessions = (await call('sessions.list', { clientId: client.id }))
    .filter((session) => session.courseId === course.id)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .slice(0, 6);
  for (const [index, session] of sessions.entries()) {
    for (const structureId of ZONES.slice(0, index < 2 ? 2 : 3)) {
      await call('zones.create', {
        sessionId: session.id,
        body: {
          target: { kind: 'structure', structureId },
          techniqueId: 'sustained-pressure',
          pressure: { scale: 'ordinal', value: 'light' },
          holdMinutes: 4,
        },
      });
    }
    for (const region of PAIN_MAPS[index] ?? []) {
      await call('findings.create', {
        sessionId: session.id,
        body: { kind: 'pain_area', region, intensity: 6, quality: 'aching' },
      });
    }
    await call('sessions.update', {
      id: session.id,
      startsAt: session.startsAt,
      plannedMinutes: session.plannedMinutes,
      actualMinutes: 85,
      status: 'completed',
      painBefore: 8 - index,
      painAfter: 6 - index,
    });
  }
  await call('assessments.record', {
    clientId: client.id,
    courseId: course.id,
    coursePosition: 0,
    takenOn: start,
    fiqr: FIQR_47_5,
    psqi: 12,
    wpiAreas: [
      'neck',
      'upper_back',
      'lower_back',
      'shoulder_girdle_L',
      'shoulder_girdle_R',
      'hip_L',
      'hip_R',
    ],
    sss: SSS,
    pain: { current: 7 },
  });
  await call('assessments.record', {
    clientId: client.id,
    courseId: course.id,
    takenOn: sixthDay,
    fiqr: FIQR_37_2,
    psqi: 10,
    wpiAreas: ['neck', 'upper_back', 'lower_back'],
    sss: { ...SSS, fatigue: 1 },
    pain: { current: 4 },
  });
  return {
    clientId: client.id,
    clientName: 'Maribel Castro Núñez',
    sessionId: sessions[5]!.id,
    sessionsGiven: 6,
    minutesGiven: 6 * 85,
  };
}
