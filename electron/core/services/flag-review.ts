import { ApiFailure } from '../../../shared/api/errors';
import { dateOf } from '../../../shared/domain/dates';
import { acknowledgementOf } from '../../../shared/domain/plan/acknowledgements';
import { flareReportOf, type FlareReport } from '../../../shared/domain/plan/flare';
import type { FlagAcknowledgement } from '../../../shared/domain/plan/records';
import { planFlags, type PlanFlag } from '../../../shared/domain/plan/safety';
import { findClient } from '../db/repositories/clients';
import { listAcknowledgements, saveAcknowledgement } from '../db/repositories/flag-acknowledgements';
import { listFindings } from '../db/repositories/findings';
import { findSession } from '../db/repositories/sessions';
import { findZone, listZones } from '../db/repositories/zones';
import type { ClinicDatabase } from '../db/open';
import { currentTherapist } from './current-therapist';
import { found } from './lifecycle';
import type { ServicePorts } from './ports';

/**
 * The soreness or flare the client reported since the last session, as this session's note
 * records it, dated by this session: what should make the carried plan gentler.
 */
export function flareReportSince(db: ClinicDatabase, sessionId: string): FlareReport | null {
  const session = findSession(db, sessionId);
  return session ? flareReportOf(session, dateOf(session.startsAt)) : null;
}

/** The plan's flags, worked out from what is stored, so main checks them itself. */
export function currentFlags(db: ClinicDatabase, sessionId: string, clientId: string): PlanFlag[] {
  const client = found(findClient(db, clientId), 'client');
  const cautions = listFindings(db, sessionId).flatMap((finding) =>
    finding.body.kind === 'caution' ? [{ id: finding.id, body: finding.body }] : [],
  );
  // A carried zone is compared with what it was in the session it came from, so the flag can
  // say what the report did to its pressure.
  const zones = listZones(db, sessionId).map((zone) => ({
    ...zone,
    carriedPressure:
      zone.carriedFromId === null ? null : (findZone(db, zone.carriedFromId)?.body.pressure ?? null),
  }));
  return planFlags({ zones, cautions, client, lastReport: flareReportSince(db, sessionId) });
}

interface SessionRef {
  id: string;
  clientId: string;
}

/** The current flags nobody has acknowledged as they now read, in the plan's order. */
export function unacknowledgedFlags(db: ClinicDatabase, session: SessionRef): PlanFlag[] {
  const acks = listAcknowledgements(db, session.id);
  return currentFlags(db, session.id, session.clientId).filter((flag) => !acknowledgementOf(flag, acks));
}

/** The acknowledgements of the flags the plan raises now, in the plan's order. */
export function currentAcknowledgements(db: ClinicDatabase, session: SessionRef): FlagAcknowledgement[] {
  const acks = listAcknowledgements(db, session.id);
  return currentFlags(db, session.id, session.clientId).flatMap(
    (flag) => acknowledgementOf(flag, acks) ?? [],
  );
}

/**
 * Records that the unlocked therapist has seen the flags named by `keys`, now. A flag already
 * acknowledged as it reads keeps its first acknowledgement; a key the plan no longer raises is
 * refused, since the therapist was looking at a plan that has changed.
 */
export function acknowledgeFlags(
  ports: Pick<ServicePorts, 'db' | 'session' | 'now'>,
  session: SessionRef,
  keys: readonly string[],
): void {
  const { db } = ports;
  const flags = currentFlags(db, session.id, session.clientId);
  const stale = keys.filter((key) => !flags.some((flag) => flag.key === key));
  if (stale.length > 0) {
    throw new ApiFailure(
      'CONFLICT',
      'The plan has changed since these flags were shown: look at them again',
      {
        stale,
      },
    );
  }
  const waiting = unacknowledgedFlags(db, session).filter((flag) => keys.includes(flag.key));
  if (waiting.length === 0) return;
  const therapist = currentTherapist(ports);
  if (!therapist) throw new ApiFailure('LOCKED', 'Unlock with your profile to acknowledge flags');
  const at = ports.now().toISOString();
  for (const flag of waiting) {
    saveAcknowledgement(db, session.id, {
      ...flag,
      acknowledgedBy: { profileId: therapist.id, name: therapist.displayName },
      acknowledgedAt: at,
    });
  }
}

/** Refuses `doing` (completing, signing) while any current flag is unacknowledged, naming the first. */
export function assertFlagsAcknowledged(db: ClinicDatabase, session: SessionRef, doing: string): void {
  const missing = unacknowledgedFlags(db, session);
  if (missing.length > 0) {
    throw new ApiFailure('CONFLICT', `Acknowledge every flag before ${doing}: ${missing[0]!.reason}`, {
      unacknowledged: missing.map((flag) => flag.key),
    });
  }
}
