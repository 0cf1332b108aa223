import { z } from 'zod';
import { RecordId, requiredText } from '../domain/common';
import { TodayOverview } from '../domain/overview';
import { Addendum, Session, SessionCreateInput, SessionDraft, SessionUpdateInput } from '../domain/session';
import { ById } from './clients';
import { defineCall } from './define';

export const sessionCalls = {
  'sessions.create': defineCall(SessionCreateInput, Session),
  'sessions.get': defineCall(ById, Session),
  'sessions.list': defineCall(z.strictObject({ clientId: RecordId }), z.array(Session)),
  'sessions.update': defineCall(SessionUpdateInput, Session),
  'sessions.saveDraft': defineCall(
    z.strictObject({ id: RecordId, draft: SessionDraft }),
    z.strictObject({ savedAt: z.iso.datetime() }),
  ),
  'sessions.discardDraft': defineCall(ById, Session),
  'sessions.sign': defineCall(ById, Session),
  'sessions.delete': defineCall(ById, Session),
  'sessions.restore': defineCall(ById, Session),
  'sessions.purge': defineCall(ById, z.strictObject({ purged: z.literal(true) })),
  'addenda.add': defineCall(
    z.strictObject({ sessionId: RecordId, body: requiredText('Addendum', 4000) }),
    Addendum,
  ),
  'today.overview': defineCall(z.strictObject({}), TodayOverview),
};
