import { ApiFailure } from '../../../shared/api/errors';
import { bodyAreaOf } from '../../../shared/domain/body-size';
import { clientDisplayName } from '../../../shared/domain/client';
import { alreadyCarried, carriesForward } from '../../../shared/domain/plan/carry-forward';
import { carriedZone } from '../../../shared/domain/plan/flare';
import type { SessionPlan } from '../../../shared/domain/plan/records';
import type { Handlers } from '../../../shared/api/handlers';
import { localDateTimeOf } from '../../../shared/domain/dates';
import { sessionRuleIssues } from '../../../shared/domain/session';
import { findClient } from '../db/repositories/clients';
import { insertFinding, listFindings } from '../db/repositories/findings';
import { listClientSessions, markInProgress } from '../db/repositories/sessions';
import { listAcknowledgements } from '../db/repositories/flag-acknowledgements';
import { findRunPosition } from '../db/repositories/run-positions';
import { findSessionLine, saveSessionLine } from '../db/repositories/session-lines';
import { findPlanStart, listZoneRuns, savePlanStart } from '../db/repositories/session-runs';
import { listTechniques } from '../db/repositories/techniques';
import { insertZone, listZones } from '../db/repositories/zones';
import type { ClinicDatabase } from '../db/open';
import {
  acknowledgeFlags,
  assertFlagsAcknowledged,
  currentAcknowledgements,
  currentFlags,
  flareReportSince,
} from './flag-review';
import { found } from './lifecycle';
import type { ServicePorts } from './ports';
import { runPositionAt } from './run-holds';
import { assertNoRuleIssues } from './validation';
import { editableSession, isLocked, sessionOf } from './session-lock';

type PlanHandlers = Pick<
  Handlers,
  'plan.get' | 'plan.carryForward' | 'plan.start' | 'plan.acknowledge' | 'plan.highlightLine'
>;

/** The client's session before this one, by appointment time (deleted ones left out). */
function previousSessionId(db: ClinicDatabase, session: { id: string; clientId: string; startsAt: string }) {
  const earlier = listClientSessions(db, session.clientId).findLast(
    (other) => other.deletedAt === null && other.id !== session.id && other.startsAt < session.startsAt,
  );
  return earlier?.id ?? null;
}

export function sessionPlan(db: ClinicDatabase, sessionId: string, at: Date): SessionPlan {
  const session = sessionOf(db, sessionId);
  const position = findRunPosition(db, sessionId);
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
      bodyArea: bodyAreaOf(client),
      highlightedLineId: findSessionLine(db, sessionId),
    },
    previousSessionId: previousSessionId(db, session),
    findings: listFindings(db, sessionId),
    zones: listZones(db, sessionId),
    flags: currentFlags(db, sessionId, session.clientId),
    runs: listZoneRuns(db, sessionId),
    start: findPlanStart(db, sessionId),
    acknowledgements: listAcknowledgements(db, sessionId),
    runPosition: position && runPositionAt(position, at),
    techniques: listTechniques(db),
  };
}

export function planHandlers(ports: ServicePorts) {
  const { db, now, newId } = ports;
  return {
    'plan.get': ({ sessionId }) => sessionPlan(db, sessionId, now()),
    /**
     * Copies what the last session left into this one, once (see `alreadyCarried`); zones where
     * this session's note reports soreness or a flare since the last one come one pressure step
     * lighter.
     */
    'plan.carryForward': ({ sessionId }) => {
      const session = editableSession(db, sessionId);
      const fromId = previousSessionId(db, session);
      if (fromId === null)
        throw new ApiFailure('CONFLICT', 'This client has no earlier session to start from');
      if (alreadyCarried({ findings: listFindings(db, sessionId), zones: listZones(db, sessionId) }))
        throw new ApiFailure('CONFLICT', 'The last session has already been brought into this one');
      const at = now().toISOString();
      const report = flareReportSince(db, sessionId);
      db.transaction(() => {
        for (const finding of listFindings(db, fromId).filter((item) => carriesForward(item.body))) {
          insertFinding(db, { id: newId(), sessionId, body: finding.body, carriedFromId: finding.id, at });
        }
        for (const zone of listZones(db, fromId)) {
          const body = carriedZone(zone.body, report);
          insertZone(db, { id: newId(), sessionId, body, carriedFromId: zone.id, at });
        }
      })();
      return sessionPlan(db, sessionId, now());
    },
    /** The acknowledgements, the start and the session's move to in progress happen together or not at all. */
    'plan.start': ({ sessionId, acknowledgedKeys }) => {
      const session = editableSession(db, sessionId);
      // A session in progress is held to the clock rule the session form applies; its date is not
      // changing, so the course's start (checked when it was saved) is not asked again.
      if (session.status === 'planned') {
        assertNoRuleIssues(
          sessionRuleIssues(
            { startsAt: session.startsAt, status: 'in_progress' },
            { now: localDateTimeOf(now()), courseStart: null },
          ),
        );
      }
      return db.transaction(() => {
        acknowledgeFlags(ports, session, acknowledgedKeys);
        assertFlagsAcknowledged(db, session, 'starting');
        const startedAt = now().toISOString();
        savePlanStart(db, sessionId, startedAt);
        markInProgress(db, sessionId, startedAt);
        return { startedAt, acknowledged: currentAcknowledgements(db, session) };
      })();
    },
    'plan.acknowledge': ({ sessionId, keys }) => {
      const session = editableSession(db, sessionId);
      db.transaction(() => acknowledgeFlags(ports, session, keys))();
      return currentAcknowledgements(db, session);
    },
    /** Part of the session's record as it prints, so a signed session keeps the line it had. */
    'plan.highlightLine': ({ sessionId, lineId }) => {
      editableSession(db, sessionId);
      saveSessionLine(db, sessionId, lineId);
      return sessionPlan(db, sessionId, now());
    },
  } satisfies PlanHandlers;
}
