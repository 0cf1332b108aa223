import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssessmentInput } from '../../../../shared/domain/outcomes/assessment';
import type { PaintedRegion } from '../../../../shared/domain/plan/region';
import { CASTRO_SANCHEZ_2011_TEMPLATE_ID } from '../../db/migrations/003-clinical-records';
import { openTestClinic, type TestClinic } from '../../../test-support/temp-db';
import { printoutsHandlers } from '../printouts';
import type { PrintJob } from '../printer-port';

// Ten weeks into a 20-week trial course that started on Monday 5 January 2026, at 09:30 on the
// clinic's own clock in whatever zone the tests run.
const TODAY = new Date(2026, 2, 16, 9, 30);
// The FIQR worked by hand in shared/domain/outcomes/fiqr.test.ts: 10 + 11 + 26.5 = 47.5.
const FIQR_47_5 = [2, 3, 4, 5, 6, 3, 4, 2, 1, 5, 6, 7, 6, 5, 8, 4, 3, 5, 7, 2, 6];
// Every item one point lower where it can be: 7 + 9 + 21.5 = 37.5, a meaningful improvement.
const FIQR_LATER = FIQR_47_5.map((item) => Math.max(0, item - 1));
const SSS = {
  fatigue: 2,
  wakingUnrefreshed: 2,
  cognitiveSymptoms: 1,
  headaches: true,
  lowerAbdominalPain: false,
  depression: false,
};

let clinic: TestClinic;
let clientId: string;
let courseId: string;
let sessions: { id: string; startsAt: string; plannedMinutes: number }[];

const painMap = (x: number): PaintedRegion => ({
  strokes: [{ mode: 'paint', radiusCm: 4, stamps: [[x, 100, -12]] }],
});

const record = (input: Omit<AssessmentInput, 'clientId'>) =>
  clinic.call('assessments.record', { clientId, courseId, ...input });

function zone(sessionId: string, structureId: string, holdMinutes: number) {
  return clinic.call('zones.create', {
    sessionId,
    body: {
      target: { kind: 'structure', structureId },
      techniqueId: 'sustained-pressure',
      pressure: { scale: 'ordinal', value: 'light' },
      holdMinutes,
    },
  });
}

beforeEach(() => {
  clinic = openTestClinic(TODAY);
  clinic.call('settings.update', {
    clinicName: 'Clínica Sur',
    therapistName: 'Lucía Gómez',
    paperSize: 'a4',
  });
  clientId = clinic.call('clients.create', {
    givenName: 'Ana',
    familyName: 'Ruiz',
    dateOfBirth: '1970-01-01',
  }).id;
  const template = clinic
    .call('templates.list', {})
    .find((item) => item.id === CASTRO_SANCHEZ_2011_TEMPLATE_ID)!;
  courseId = clinic.call('courses.create', {
    clientId,
    templateId: template.id,
    name: template.name,
    startDate: '2026-01-05',
    sessionTime: '10:00',
    sessionCount: template.sessionCount,
    intervalDays: template.intervalDays,
    sessionMinutes: template.sessionMinutes,
    assessments: template.assessments,
  }).id;
  sessions = clinic.call('sessions.list', { clientId });
  // Six sessions held, the last on 9 February; pain painted at the first and the sixth.
  for (const [index, session] of sessions.slice(0, 6).entries()) {
    clinic.call('sessions.update', {
      id: session.id,
      startsAt: session.startsAt,
      plannedMinutes: session.plannedMinutes,
      status: 'completed',
      actualMinutes: 80 + index,
      painBefore: 8 - index,
    });
  }
  for (const [session, x] of [
    [sessions[0]!, -6],
    [sessions[5]!, 6],
  ] as const) {
    clinic.call('findings.create', {
      sessionId: session.id,
      body: { kind: 'pain_area', region: painMap(x), intensity: 6, quality: 'aching' },
    });
  }
  record({
    coursePosition: 0,
    takenOn: '2026-01-05',
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
  record({
    takenOn: '2026-02-09',
    fiqr: FIQR_LATER,
    psqi: 10,
    wpiAreas: ['neck', 'upper_back', 'lower_back'],
    sss: { ...SSS, fatigue: 1 },
    pain: { current: 4 },
  });
  // After the session the printouts are asked from: not part of their story.
  record({ takenOn: '2026-03-02', fiqr: FIQR_47_5, pain: { current: 9 } });
});
afterEach(() => clinic.close());

describe('printouts.physicianLetter', () => {
  it('tells the course up to the session it is asked from, its numbers as the domain decided them', () => {
    const letter = clinic.call('printouts.physicianLetter', { sessionId: sessions[5]!.id });
    expect(letter.clinic).toEqual({
      clinicName: 'Clínica Sur',
      therapistName: 'Lucía Gómez',
      // Never given in Settings: the letter then names no number.
      clinicPhone: '',
      paperSize: 'a4',
    });
    expect(letter.client.name).toBe('Ana Ruiz');
    expect(letter.courseName).toBe('20 weekly sessions of 90 min (Castro-Sánchez 2011 protocol)');
    expect(letter.sessionsGiven).toEqual({ count: 6, minutes: 80 + 81 + 82 + 83 + 84 + 85 });
    const rows = letter.outcomes.map((row) => [row.key, row.baseline.value, row.latest.value, row.verdict]);
    expect(rows).toEqual([
      ['fiqr', 47.5, 37.5, 'improved'],
      ['wpi', 7, 3, 'improved'],
      ['sss', 6, 5, 'within_threshold'],
      ['psqi', 12, 10, 'within_threshold'],
      ['pain_current', 7, 4, 'improved'],
      ['session_pain_before', 8, 3, 'improved'],
    ]);
    const fiqr = letter.outcomes[0]!;
    expect(fiqr.baseline).toEqual({ date: '2026-01-05', label: 'Baseline', value: 47.5 });
    expect(fiqr.threshold).toBeGreaterThan(0);
    expect(fiqr.thresholdSource).toMatch(/original FIQ/);
    expect(letter.painMaps.map((map) => [map.sessionId, map.sessionNumber, map.date])).toEqual([
      [sessions[0]!.id, 1, '2026-01-05'],
      [sessions[5]!.id, 6, '2026-02-09'],
    ]);
    expect(letter.painMaps[1]!.regions).toEqual([painMap(6)]);
  });

  it('asked from an earlier session, leaves out what came after it', () => {
    const letter = clinic.call('printouts.physicianLetter', { sessionId: sessions[2]!.id });
    expect(letter.sessionsGiven).toEqual({ count: 3, minutes: 80 + 81 + 82 });
    expect(letter.outcomes.find((row) => row.key === 'fiqr')?.verdict).toBe('baseline_only');
    expect(letter.painMaps).toHaveLength(1);
  });

  it('outside a course, tells the client’s sessions that belong to none', () => {
    const single = clinic.call('sessions.create', {
      clientId,
      startsAt: '2026-03-10T12:00',
      plannedMinutes: 45,
    });
    clinic.call('sessions.update', {
      id: single.id,
      startsAt: single.startsAt,
      plannedMinutes: 45,
      status: 'completed',
      actualMinutes: 40,
      painBefore: 5,
    });
    const letter = clinic.call('printouts.physicianLetter', { sessionId: single.id });
    expect(letter.courseName).toBeNull();
    expect(letter.sessionsGiven).toEqual({ count: 1, minutes: 40 });
    expect(letter.outcomes.map((row) => [row.key, row.verdict])).toEqual([
      ['session_pain_before', 'baseline_only'],
    ]);
    expect(letter.painMaps).toEqual([]);
  });
});

describe('printouts.courseReport', () => {
  it('adds the dose by region and the scheduled assessments not yet recorded', () => {
    zone(sessions[0]!.id, 'trapezius_upper_L', 4);
    zone(sessions[0]!.id, 'trapezius_upper_R', 4);
    const timed = zone(sessions[1]!.id, 'trapezius_upper_L', 4);
    zone(sessions[1]!.id, 'gluteus_medius_R', 3);
    // Planned in a session not yet held: no part of the dose.
    zone(sessions[8]!.id, 'gluteus_medius_R', 3);
    clinic.call('plan.start', { sessionId: sessions[1]!.id, acknowledgedKeys: [] });
    clinic.call('runs.save', { zoneId: timed.id, holdSeconds: 150, response: 'released' });

    const report = clinic.call('printouts.courseReport', { sessionId: sessions[5]!.id });
    expect(report.sessionsGiven.count).toBe(6);
    expect(report.doseByRegion).toEqual([
      // 4 minutes planned, and a second zone timed at 2 min 30 s
      { region: "Shoulder (client's left)", zones: 2, holdMinutes: 6.5 },
      { region: "Shoulder (client's right)", zones: 1, holdMinutes: 4 },
      { region: "Hip and buttock (client's right)", zones: 1, holdMinutes: 3 },
    ]);
    // The baseline is recorded; the end of the course and its follow-ups are still ahead.
    expect(report.followUpsDue).toEqual([
      { label: 'After the last session', dueDate: '2026-05-18', afterCourse: false, status: 'upcoming' },
      { label: '1-month follow-up', dueDate: '2026-06-18', afterCourse: true, status: 'upcoming' },
      { label: '6-month follow-up', dueDate: '2026-11-18', afterCourse: true, status: 'upcoming' },
    ]);
  });

  it('is refused for a session that does not exist', () => {
    expect(() =>
      clinic.call('printouts.courseReport', { sessionId: '00000000-0000-4000-8000-999999999999' }),
    ).toThrow('No session with that id');
  });
});

describe('the course sheets through the host’s printer (Electron)', () => {
  it('hands it their print route, the paper from settings and their own file names', async () => {
    clinic.call('settings.update', {
      clinicName: 'Clínica Sur',
      therapistName: 'Lucía Gómez',
      paperSize: 'letter',
    });
    const jobs: PrintJob[] = [];
    const handlers = printoutsHandlers({
      ...clinic.ports,
      printer: {
        savePdf: (job) => {
          jobs.push(job);
          return Promise.resolve({ path: `/home/ana/${job.fileName}` });
        },
        print: (job) => {
          jobs.push(job);
          return Promise.resolve(true);
        },
      },
    });
    const sessionId = sessions[5]!.id;
    const saved = await handlers['printouts.exportPdf']({
      sessionId,
      sheet: 'physician-letter',
      includeScores: false,
    });
    expect(saved()).toEqual({ outcome: 'saved', path: '/home/ana/Ana-Ruiz-physician-letter-2026-02-09.pdf' });
    const printed = await handlers['printouts.exportToPrinter']({
      sessionId,
      sheet: 'course-report',
      includeScores: false,
    });
    expect(printed()).toEqual({ outcome: 'printed', path: null });
    expect(jobs).toEqual([
      {
        route: `/print/session/${sessionId}?sheet=physician-letter`,
        paperSize: 'letter',
        fileName: 'Ana-Ruiz-physician-letter-2026-02-09.pdf',
      },
      {
        route: `/print/session/${sessionId}?sheet=course-report`,
        paperSize: 'letter',
        fileName: 'Ana-Ruiz-course-report-2026-02-09.pdf',
      },
    ]);
  });
});
