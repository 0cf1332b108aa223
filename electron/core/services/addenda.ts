import type { Handlers } from '../../../shared/api/handlers';
import { ApiFailure } from '../../../shared/api/errors';
import { UNLOCK_TO_SIGN } from '../../../shared/domain/session';
import { findSession, insertAddendum } from '../db/repositories/sessions';
import { currentTherapist } from './current-therapist';
import { found } from './lifecycle';
import type { ServicePorts } from './ports';

/** An addendum corrects a signed note without editing it, under the name of the therapist signed in. */
export function addendaHandlers(ports: ServicePorts) {
  const { db, now, newId } = ports;
  return {
    'addenda.add': ({ sessionId, body }) => {
      const session = found(findSession(db, sessionId), 'session');
      if (session.status !== 'signed') {
        throw new ApiFailure('CONFLICT', 'This note is not signed yet: correct it directly');
      }
      const author = currentTherapist(ports)?.displayName;
      if (!author) throw new ApiFailure('LOCKED', UNLOCK_TO_SIGN);
      const addendum = { id: newId(), body, author, createdAt: now().toISOString() };
      insertAddendum(db, sessionId, addendum);
      return addendum;
    },
  } satisfies Pick<Handlers, 'addenda.add'>;
}
