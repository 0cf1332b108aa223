import type { Handlers } from '../../../shared/api/handlers';
import {
  findFinding,
  insertFinding,
  setFindingDeleted,
  updateFindingBody,
} from '../db/repositories/findings';
import { found } from './lifecycle';
import type { ServicePorts } from './ports';
import { editableSession } from './session-lock';

type FindingHandlers = Pick<
  Handlers,
  'findings.create' | 'findings.update' | 'findings.delete' | 'findings.restore'
>;

/** Each finding is saved the moment it is made; delete is soft so undo can bring it back. */
export function findingsHandlers({ db, now, newId }: ServicePorts) {
  const get = (id: string) => {
    const { deletedAt: _deleted, ...finding } = found(findFinding(db, id), 'finding');
    return finding;
  };
  /** The finding, once its session is known to accept changes. */
  const editable = (id: string) => {
    const finding = found(findFinding(db, id), 'finding');
    editableSession(db, finding.sessionId);
    return finding;
  };

  return {
    'findings.create': ({ sessionId, body }) => {
      editableSession(db, sessionId);
      const id = newId();
      insertFinding(db, { id, sessionId, body, carriedFromId: null, at: now().toISOString() });
      return get(id);
    },
    'findings.update': ({ id, body }) => {
      editable(id);
      updateFindingBody(db, id, body, now().toISOString());
      return get(id);
    },
    'findings.delete': ({ id }) => {
      editable(id);
      const at = now().toISOString();
      setFindingDeleted(db, id, at, at);
      return get(id);
    },
    'findings.restore': ({ id }) => {
      editable(id);
      setFindingDeleted(db, id, null, now().toISOString());
      return get(id);
    },
  } satisfies FindingHandlers;
}
