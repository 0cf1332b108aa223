import { z } from 'zod';
import { RecordId, requiredText } from '../domain/common';
import { Addendum } from '../domain/session';
import { CREATES, defineCall } from './define';

/** A signed note is never edited: what the therapist adds afterwards is an addendum beside it. */
export const addendaCalls = {
  'addenda.add': defineCall(
    z.strictObject({ sessionId: RecordId, body: requiredText('Addendum', 4000) }),
    Addendum,
    CREATES,
  ),
};
