import { z } from 'zod';
import { RecordId } from '../domain/common';
import { FindingBody } from '../domain/plan/findings';
import { Finding } from '../domain/plan/records';
import { CHANGES, CREATES, defineCall, DELETES } from './define';
import { ById } from './clients';

/**
 * Every change is its own call and is saved as it is made. Undo and redo are these same calls
 * (delete undone by restore, an update by the update back), so nothing is kept only in memory.
 */
export const findingsCalls = {
  'findings.create': defineCall(z.strictObject({ sessionId: RecordId, body: FindingBody }), Finding, CREATES),
  'findings.update': defineCall(z.strictObject({ id: RecordId, body: FindingBody }), Finding, CHANGES),
  'findings.delete': defineCall(ById, Finding, DELETES),
  'findings.restore': defineCall(ById, Finding, CHANGES),
};
