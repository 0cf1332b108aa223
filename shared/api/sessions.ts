import { z } from 'zod';
import { RecordId } from '../domain/common';
import { Session, SessionCreateInput, SessionDraft, SessionUpdateInput } from '../domain/session';
import { ById } from './clients';
import { CHANGES, CREATES, defineCall, DELETES, VIEWS } from './define';

export const sessionsCalls = {
  'sessions.create': defineCall(SessionCreateInput, Session, CREATES),
  'sessions.get': defineCall(ById, Session, VIEWS),
  'sessions.list': defineCall(z.strictObject({ clientId: RecordId }), z.array(Session), VIEWS),
  'sessions.update': defineCall(SessionUpdateInput, Session, CHANGES),
  'sessions.saveDraft': defineCall(
    z.strictObject({ id: RecordId, draft: SessionDraft }),
    z.strictObject({ savedAt: z.iso.datetime() }),
    CHANGES,
  ),
  'sessions.discardDraft': defineCall(ById, Session, DELETES),
  'sessions.sign': defineCall(ById, Session, { effect: 'write', audit: 'signed' }),
  'sessions.delete': defineCall(ById, Session, DELETES),
  'sessions.restore': defineCall(ById, Session, CHANGES),
  'sessions.purge': defineCall(ById, z.strictObject({ purged: z.literal(true) }), DELETES),
};
