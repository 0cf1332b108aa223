import { clientDisplayName } from '../../../../shared/domain/client';
import type { Printout } from '../../../../shared/domain/printout';
import { findClient } from '../../db/repositories/clients';
import { findCourse } from '../../db/repositories/courses';
import type { ClinicDatabase } from '../../db/open';
import { listFindings } from '../../db/repositories/findings';
import { listClientSessions } from '../../db/repositories/sessions';
import { readSettings } from '../../db/repositories/settings';
import { found } from '../lifecycle';
import { sessionOf } from '../session-lock';
import { sessionPlan } from '../plan';
import { printedCautions } from './cautions';
import { printedFindings } from './findings';
import { sorenessReport } from './soreness';
import { takeHomeZones } from './take-home';
import { printedTrends } from './trends';
import { safetyRecord, zoneMarks, zoneRows } from './zones';

/**
 * Everything either printout of a session shows, read in one transaction so the pages agree with
 * each other: the clinic, the client, the note, the plan as done, the findings and the course's
 * trends, already in words. The renderer only lays it out.
 */
export function gatherPrintout(db: ClinicDatabase, sessionId: string, at: Date): Printout {
  return db.transaction(() => {
    const session = sessionOf(db, sessionId);
    const client = found(findClient(db, session.clientId), 'client');
    const course = session.courseId ? (findCourse(db, session.courseId) ?? null) : null;
    const settings = readSettings(db);
    const plan = sessionPlan(db, sessionId, at);
    const bodies = plan.findings.map((finding) => finding.body);
    const findings = printedFindings(bodies);
    // The last session's pain map, for the overlap; an earlier session without pain areas is an empty map.
    const previousPainRegions =
      plan.previousSessionId === null
        ? null
        : listFindings(db, plan.previousSessionId).flatMap((finding) =>
            finding.body.kind === 'pain_area' ? [finding.body.region] : [],
          );
    const zones = zoneRows(plan, client, settings.algometerUnit);
    const clientSessions = listClientSessions(db, client.id).filter((other) => other.deletedAt === null);
    const next = clientSessions
      .filter((other) => other.startsAt > session.startsAt)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
    return {
      clinic: {
        clinicName: settings.clinicName,
        clinicPhone: settings.clinicPhone,
        // A signed note names its therapist; before that, the clinic's therapist from Settings.
        therapistName: session.signedBy ?? settings.therapistName,
        paperSize: settings.paperSize,
      },
      client: {
        name: clientDisplayName(client),
        dateOfBirth: client.dateOfBirth,
        bodyArea: plan.session.bodyArea,
      },
      session: {
        id: session.id,
        startsAt: session.startsAt,
        status: session.status,
        plannedMinutes: session.plannedMinutes,
        actualMinutes: session.actualMinutes,
        courseName: course?.name ?? null,
        number: session.number,
        courseTotal: course?.sessionCount ?? session.courseTotal,
        subjective: session.subjective,
        objective: session.objective,
        assessment: session.assessment,
        plan: session.plan,
        response: session.response,
        homeCare: session.homeCare,
        sorenessReport: sorenessReport(session),
        painBefore: session.painBefore,
        painAfter: session.painAfter,
        signedAt: session.signedAt,
        signedBy: session.signedBy,
        addenda: session.addenda.map(({ body, author, createdAt }) => ({ body, author, createdAt })),
        highlightedLineId: plan.session.highlightedLineId,
      },
      nextAppointment: next?.startsAt ?? null,
      zones,
      takeHomeZones: takeHomeZones(plan),
      triggerPoints: findings.triggerPoints,
      adhesions: findings.adhesions,
      tenderPoints: findings.tenderPoints,
      painRegions: findings.painRegions,
      painAreas: findings.painAreas,
      previousPainRegions,
      cautions: printedCautions(bodies, client),
      cautionRegions: findings.cautionRegions,
      marks: [...findings.marks, ...zoneMarks(plan)],
      flags: safetyRecord(plan, zones),
      trends: printedTrends(
        db,
        course,
        // The course's sessions; outside a course, all the client's.
        clientSessions.filter((other) => other.courseId === session.courseId),
        session.startsAt,
      ),
    };
  })();
}
