import { ApiFailure } from '../../../shared/api/errors';
import type { Session } from '../../../shared/domain/session';
import { findSession } from '../db/repositories/sessions';
import type { ClinicDatabase } from '../db/open';
import { assertNotDeleted, found } from './lifecycle';

export function sessionOf(db: ClinicDatabase, sessionId: string): Session {
  return found(findSession(db, sessionId), 'session');
}

/** A signed session's findings and plan are locked like its note: corrections are addenda. */
export function isLocked(session: Pick<Session, 'status'>): boolean {
  return session.status === 'signed';
}

/** The session, if its findings and plan may still change. */
export function editableSession(db: ClinicDatabase, sessionId: string): Session {
  const session = sessionOf(db, sessionId);
  assertNotDeleted(session, 'session');
  if (isLocked(session)) {
    throw new ApiFailure('CONFLICT', 'This session’s note is signed: its findings and plan are locked');
  }
  return session;
}
