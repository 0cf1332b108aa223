import { CONTRAINDICATIONS } from '../../shared/domain/contraindications';
import { addDays } from '../../shared/domain/dates';
import { scoresOf, type AssessmentEntries } from '../../shared/domain/outcomes/assessment';
import { insertClient, replaceContraindications } from '../core/db/repositories/clients';
import { insertCourse } from '../core/db/repositories/courses';
import type { ClinicDatabase } from '../core/db/open';
import { insertAssessment } from '../core/db/repositories/outcomes';
import { insertSession, updateSessionRow } from '../core/db/repositories/sessions';

/** Bump when the rows written for the same options change, so cached clinics are regenerated. */
export const GENERATOR_VERSION = 2;

/** A course's outcome assessments fall every this many weekly sessions, from the first one. */
const ASSESSMENT_EVERY_WEEKS = 6;

export interface GenerateOptions {
  clients: number;
  sessionsPerClient: number;
  /** The same seed gives the same clinic, byte for byte. */
  seed: number;
  /** The clinic's today (YYYY-MM-DD): about a third of each client's sessions fall after it. */
  today?: string;
}

export interface GeneratedClinic {
  clientIds: string[];
  /** The sessions already held (completed), in order of client then date: where findings belong. */
  completedSessionIds: string[];
  sessionCount: number;
}

const GIVEN = [
  'Ana',
  'Lucía',
  'María',
  'Carmen',
  'Elena',
  'Isabel',
  'Pilar',
  'Rosa',
  'Julia',
  'Teresa',
  'Laura',
  'Marta',
  'Sofía',
  'Paula',
  'Irene',
  'Nuria',
  'Javier',
  'Pedro',
  'Luis',
  'Miguel',
];
const FAMILY = [
  'García',
  'Fernández',
  'González',
  'Rodríguez',
  'López',
  'Martínez',
  'Sánchez',
  'Pérez',
  'Gómez',
  'Martín',
  'Jiménez',
  'Ruiz',
  'Hernández',
  'Díaz',
  'Moreno',
  'Muñoz',
  'Álvarez',
  'Romero',
  'Alonso',
  'Gutiérrez',
  'Navarro',
  'Torres',
  'Domínguez',
  'Vázquez',
  'Ramos',
];
const SUBJECTIVE = [
  'Neck and shoulders stiff since the weekend',
  'Slept badly, widespread aching',
  'Lower back better, hips still sore',
  'Flare after a long drive',
  'Feeling lighter since last week',
];

/** A small, fast, seedable generator (mulberry32), so data sets repeat exactly. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ids shaped as version-4 UUIDs, numbered from the seed so they repeat too. */
export function idMaker(seed: number): () => string {
  let counter = 0;
  const prefix = (seed >>> 0).toString(16).padStart(8, '0');
  return () => `${prefix}-0000-4000-8000-${(++counter).toString(16).padStart(12, '0')}`;
}

/** Pain and sleep scores that ease a little, with noise, as a course goes on. */
function assessmentEntries(next: () => number, weeks: number): AssessmentEntries {
  const nrs = (start: number) =>
    Math.max(0, Math.min(10, Math.round(start - weeks / 8 + (next() - 0.5) * 3)));
  return {
    fiqr: null,
    pain: { current: nrs(6), worst: nrs(8), least: nrs(3) },
    sleepQuality: nrs(6),
    psqi: Math.max(0, Math.min(21, Math.round(14 - weeks / 5 + (next() - 0.5) * 4))),
    wpiAreas: null,
    sss: null,
    tenderPoints: null,
    otherInstruments: [],
  };
}

/** A weekly course of `sessions` sessions with an assessment every few weeks, those already due recorded. */
function insertWeeklyCourse(
  db: ClinicDatabase,
  course: { clientId: string; firstDay: string; sessions: number; today: string; at: string },
  newId: () => string,
  next: () => number,
): string {
  const { clientId, firstDay, today, at } = course;
  const courseId = newId();
  const assessmentWeeks = Array.from(
    { length: Math.ceil(course.sessions / ASSESSMENT_EVERY_WEEKS) },
    (_, index) => index * ASSESSMENT_EVERY_WEEKS,
  );
  insertCourse(db, {
    id: courseId,
    clientId,
    templateId: null,
    name: 'Weekly myofascial release',
    startDate: firstDay,
    sessionCount: course.sessions,
    intervalDays: 7,
    sessionMinutes: 60,
    assessments: assessmentWeeks.map((week) => ({
      label: week === 0 ? 'Baseline' : `Week ${week}`,
      dueDate: addDays(firstDay, week * 7),
    })),
    deletedAt: null,
    createdAt: at,
    updatedAt: at,
  });
  assessmentWeeks.forEach((week, coursePosition) => {
    const takenOn = addDays(firstDay, week * 7);
    if (takenOn >= today) return;
    const recorded = { clientId, courseId, coursePosition, takenOn, ...assessmentEntries(next, week) };
    insertAssessment(db, { ...recorded, id: newId(), measures: scoresOf(recorded), createdAt: at });
  });
  return courseId;
}

/**
 * Fills a clinic database with plausible clients, each with one weekly course of sessions and the
 * course's outcome assessments, for end-to-end tests and benchmarks,
 * through the same repositories the services use, in one transaction (thousands of rows a second).
 */
export function generateClinic(db: ClinicDatabase, options: GenerateOptions): GeneratedClinic {
  const next = random(options.seed);
  const newId = idMaker(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const today = options.today ?? '2026-03-02';
  const at = `${today}T08:00:00.000Z`;
  const clientIds: string[] = [];
  const completedSessionIds: string[] = [];
  let sessionCount = 0;

  db.transaction(() => {
    for (let index = 0; index < options.clients; index++) {
      const id = newId();
      clientIds.push(id);
      insertClient(
        db,
        id,
        {
          givenName: pick(GIVEN),
          familyName: `${pick(FAMILY)} ${pick(FAMILY)}`,
          dateOfBirth: addDays('1950-01-01', Math.floor(next() * 18_000)),
          phone: `+34 6${String(Math.floor(next() * 1e8)).padStart(8, '0')}`,
          email: '',
          conditions: next() < 0.7 ? ['Fibromyalgia'] : ['Myofascial pain syndrome'],
          medications: [],
          goals: 'Less pain, better sleep',
          consentDate: today,
          areasToAvoid: [],
          pressurePreferences: '',
          // unmeasured, as most clinics' older records are: the pain map uses the reference adult
          heightCm: null,
          weightKg: null,
          sex: null,
        },
        at,
      );
      const contraindication = next() < 0.1 ? pick(CONTRAINDICATIONS).code : null;
      replaceContraindications(db, id, {
        contraindications: contraindication ? [{ code: contraindication, note: '', regions: [] }] : [],
        otherContraindications: [],
      });
      // Weekly sessions around today: two thirds behind (completed), one third ahead (planned).
      const firstDay = addDays(today, -7 * Math.floor((options.sessionsPerClient * 2) / 3));
      const hour = String(8 + Math.floor(next() * 10)).padStart(2, '0');
      const courseId =
        options.sessionsPerClient > 0
          ? insertWeeklyCourse(
              db,
              { clientId: id, firstDay, sessions: options.sessionsPerClient, today, at },
              newId,
              next,
            )
          : null;
      for (let week = 0; week < options.sessionsPerClient; week++) {
        const sessionId = newId();
        const day = addDays(firstDay, week * 7);
        const startsAt = `${day}T${hour}:00`;
        insertSession(db, { id: sessionId, clientId: id, courseId, startsAt, plannedMinutes: 60, at });
        if (day < today) {
          completedSessionIds.push(sessionId);
          const painBefore = 3 + Math.floor(next() * 7);
          updateSessionRow(
            db,
            sessionId,
            {
              startsAt,
              plannedMinutes: 60,
              actualMinutes: 55 + Math.floor(next() * 10),
              status: 'completed',
              subjective: pick(SUBJECTIVE),
              objective: 'Guarding in upper trapezius; tissue warmer after release',
              assessment: 'Tolerated sustained holds',
              plan: 'Continue weekly',
              painBefore,
              painAfter: Math.max(0, painBefore - Math.floor(next() * 3)),
              response: '',
              soreness: pick(['none', 'mild', 'moderate'] as const),
              flare: next() < 0.1,
              sorenessRegions: [],
              homeCare: 'Warm shower and gentle stretches',
            },
            at,
          );
        }
        sessionCount++;
      }
    }
  })();
  return { clientIds, completedSessionIds, sessionCount };
}
