import { z } from 'zod';
import { RecordId } from '../domain/common';
import { Zone } from '../domain/plan/records';
import { ZoneBody } from '../domain/plan/zones';
import { ById } from './clients';
import { CHANGES, CREATES, defineCall, DELETES } from './define';

/** Like findings, each change to a treatment zone is saved as it is made, and undo is the same calls. */
export const zonesCalls = {
  'zones.create': defineCall(z.strictObject({ sessionId: RecordId, body: ZoneBody }), Zone, CREATES),
  'zones.update': defineCall(z.strictObject({ id: RecordId, body: ZoneBody }), Zone, CHANGES),
  'zones.delete': defineCall(ById, Zone, DELETES),
  'zones.restore': defineCall(ById, Zone, CHANGES),
  'zones.reorder': defineCall(
    z.strictObject({ sessionId: RecordId, zoneIds: z.array(RecordId).max(200) }),
    z.array(Zone),
    CHANGES,
  ),
};
