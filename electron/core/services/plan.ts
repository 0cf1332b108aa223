import { ApiFailure } from '../../../shared/api/errors';
import { clientDisplayName } from '../../../shared/domain/client';
import { alreadyCarried, carriesForward } from '../../../shared/domain/plan/carry-forward';
import type { SessionPlan } from '../../../shared/domain/plan/records';
import { planFlags } from '../../../shared/domain/plan/safety';
import type { Handlers } from '../../../shared/api/handlers';
import { findClient } from '../db/repositories/clients';
import { insertFinding, listFindings } from '../db/repositories/findings';
import { listClientSessions } from '../db/repositories/sessions';
import { findPlanStart, listZoneRuns, savePlanStart } from '../db/repositories/session-runs';
import { listTechniques } from '../db/repositories/techniques';
import { insertZone, listZones } from '../db/repositories/zones';
import type { ClinicDatabase } from '../db/open';
import { found } from './lifecycle';
import type { ServicePorts } from './ports';
import { editableSession, isLocked, sessionOf } from './session-lock';

type PlanHandlers = Pick<Handlers, 'plan.get' | 'plan.carryForward' | 'plan.start'>;

/** The client's session before this one, by appointment time (deleted ones left out). */
function previousSessionId(db: ClinicDatabase, session: { id: string; clientId: string; startsAt: string }) {
  const earlier = listClientSessions(db, session.clientId).findLast(
    (other) => other.deletedAt === null && other.id !== session.id && other.startsAt < session.startsAt,
  );
  return earlier?.id ?? null;
}

/** The plan's flags, worked out from what is stored, so main checks them itself before a start. */
function currentFlags(db: ClinicDatabase, sessionId: string, clientId: string) {
  const client = found(findClient(db, clientId), 'client');
  const cautions = listFindings(db, sessionId).flatMap((finding) =>
    finding.body.kind === 'caution' ? [{ id: finding.id, body: finding.body }] : [],
  );
  return planFlags({ zones: listZones(db, sessionId), cautions, client });
}

export function sessionPlan(db: ClinicDatabase, sessionId: string): SessionPlan {
  const session = sessionOf(db, sessionId);
  const client = found(findClient(db, session.clientId), 'client');
  return {
    session: {
      id: session.id,
      clientId: session.clientId,
      courseId: session.courseId,
      clientName: clientDisplayName(client),
      startsAt: session.startsAt,
      plannedMinutes: session.plannedMinutes,
      status: session.status,
      locked: isLocked(session),
    },
    previousSessionId: previousSessionId(db, session),
    findings: listFindings(db, sessionId),
    zones: listZones(db, sessionId),
    flags: currentFlags(db, sessionId, session.clientId),
    runs: listZoneRuns(db, sessionId),
    start: findPlanStart(db, sessionId),
    techniques: listTechniques(db),
  };
}

export function planHandlers({ db, now, newId }: ServicePorts) {
  return {
    'plan.get': ({ sessionId }) => sessionPlan(db, sessionId),
    /** Copies what the last session left into this one, once (see `alreadyCarried`). */
    'plan.carryForward': ({ sessionId }) => {
      const session = editableSession(db, sessionId);
      const fromId = previousSessionId(db, session);
      if (fromId === null)
        throw new ApiFailure('CONFLICT', 'This client has no earlier session to start from');
      if (alreadyCarried({ findings: listFindings(db, sessionId), zones: listZones(db, sessionId) }))
        throw new ApiFailure('CONFLICT', 'The last session has already been brought into this one');
      const at = now().toISOString();
      db.transaction(() => {
        for (const finding of listFindings(db, fromId).filter((item) => carriesForward(item.body))) {
          insertFinding(db, { id: newId(), sessionId, body: finding.body, carriedFromId: finding.id, at });
        }
        for (const zone of listZones(db, fromId)) {
          insertZone(db, { id: newId(), sessionId, body: zone.body, carriedFromId: zone.id, at });
        }
      })();
      return sessionPlan(db, sessionId);
    },
    'plan.start': ({ sessionId, acknowledgedKeys }) => {
      const session = editableSession(db, sessionId);
      const flags = currentFlags(db, sessionId, session.clientId);
      const missing = flags.filter((flag) => !acknowledgedKeys.includes(flag.key));
      if (missing.length > 0) {
        throw new ApiFailure('CONFLICT', `Acknowledge every flag before starting: ${missing[0]!.reason}`, {
          unacknowledged: missing.map((flag) => flag.key),
        });
      }
      const start = { startedAt: now().toISOString(), acknowledged: flags };
      savePlanStart(db, sessionId, start);
      return start;
    },
  } satisfies PlanHandlers;
}
