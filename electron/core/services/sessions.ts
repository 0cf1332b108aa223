import type { Handlers } from '../../../shared/api/handlers';
import { ApiFailure } from '../../../shared/api/errors';
import { localDateTimeOf } from '../../../shared/domain/dates';
import { sessionRuleIssues, signingIssues, type Session } from '../../../shared/domain/session';
import { findClient } from '../db/repositories/clients';
import { findCourse } from '../db/repositories/courses';
import {
  deleteDraft,
  findSession,
  insertSession,
  listClientSessions,
  markSigned,
  purgeSession,
  saveDraft,
  setSessionDeleted,
  updateSessionRow,
} from '../db/repositories/sessions';
import { courseOfClient } from './courses';
import { currentTherapist } from './current-therapist';
import { assertFlagsAcknowledged } from './flag-review';
import { assertNotDeleted, assertPurgeable, found } from './lifecycle';
import type { ServicePorts } from './ports';
import { assertNoRuleIssues } from './validation';

type SessionsHandlers = Pick<
  Handlers,
  | 'sessions.create'
  | 'sessions.get'
  | 'sessions.list'
  | 'sessions.update'
  | 'sessions.saveDraft'
  | 'sessions.discardDraft'
  | 'sessions.sign'
  | 'sessions.delete'
  | 'sessions.restore'
  | 'sessions.purge'
>;

/** A signed note is locked for good: only addenda may follow it. */
function assertUnsigned(session: Session): void {
  if (session.status === 'signed') {
    throw new ApiFailure('CONFLICT', 'This note is signed and locked; add an addendum to correct it');
  }
}

export function sessionsHandlers(ports: ServicePorts) {
  const { db, now, newId } = ports;
  const get = (id: string) => found(findSession(db, id), 'session');
  /** A session that may still be edited: there, not deleted, not signed. */
  function editable(id: string): Session {
    const session = get(id);
    assertNotDeleted(session, 'session');
    assertUnsigned(session);
    return session;
  }
  const courseStart = (courseId: string | null) =>
    courseId ? (findCourse(db, courseId)?.startDate ?? null) : null;

  function setDeleted(id: string, deleted: boolean): Session {
    assertUnsigned(get(id));
    const at = now().toISOString();
    setSessionDeleted(db, id, deleted ? at : null, at);
    return get(id);
  }

  return {
    'sessions.create': (input) => {
      assertNotDeleted(found(findClient(db, input.clientId), 'client'), 'client');
      const course = input.courseId ? courseOfClient(db, input.courseId, input.clientId) : null;
      assertNoRuleIssues(
        sessionRuleIssues(
          { startsAt: input.startsAt, status: 'planned' },
          { now: localDateTimeOf(now()), courseStart: course?.startDate ?? null },
        ),
      );
      const id = newId();
      insertSession(db, { ...input, id, at: now().toISOString() });
      return get(id);
    },
    'sessions.get': ({ id }) => get(id),
    'sessions.list': ({ clientId }) => {
      found(findClient(db, clientId), 'client');
      return listClientSessions(db, clientId);
    },
    'sessions.update': ({ id, ...fields }) => {
      const session = editable(id);
      // Checked on every save as completed, not only the first: a flag the plan gained afterwards
      // must be seen before the record says the session was done with it.
      if (fields.status === 'completed') assertFlagsAcknowledged(db, session, 'completing the session');
      assertNoRuleIssues(
        sessionRuleIssues(fields, {
          now: localDateTimeOf(now()),
          courseStart: courseStart(session.courseId),
        }),
      );
      // Saving makes the draft it came from obsolete; both happen or neither.
      db.transaction(() => {
        updateSessionRow(db, id, fields, now().toISOString());
        deleteDraft(db, id);
      })();
      return get(id);
    },
    'sessions.saveDraft': ({ id, draft }) => {
      editable(id);
      const savedAt = now().toISOString();
      saveDraft(db, id, draft, savedAt);
      return { savedAt };
    },
    'sessions.discardDraft': ({ id }) => {
      editable(id);
      deleteDraft(db, id);
      return get(id);
    },
    'sessions.sign': ({ id }) => {
      const session = editable(id);
      if (session.draft !== null) {
        throw new ApiFailure('CONFLICT', 'Save or discard the unsaved draft before signing');
      }
      assertFlagsAcknowledged(db, session, 'signing');
      const signer = currentTherapist(ports)?.displayName ?? '';
      assertNoRuleIssues(signingIssues(session, signer));
      markSigned(db, id, signer, now().toISOString());
      return get(id);
    },
    'sessions.delete': ({ id }) => setDeleted(id, true),
    'sessions.restore': ({ id }) => setDeleted(id, false),
    'sessions.purge': ({ id }) => {
      assertPurgeable(get(id), 'session');
      purgeSession(db, id);
      return { purged: true as const };
    },
  } satisfies SessionsHandlers;
}
