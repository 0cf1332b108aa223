import { z } from 'zod';
import { RecordId } from '../domain/common';
import { FindingBody } from '../domain/map/findings';
import { Finding, PlanStart, Workspace, Zone } from '../domain/map/records';
import { ZoneRun, ZoneRunInput } from '../domain/map/run';
import { Technique, TechniqueId, TechniqueInput } from '../domain/map/techniques';
import { ZoneBody } from '../domain/map/zones';
import { CHANGES, CREATES, defineCall, DELETES, VIEWS } from './define';

const ById = z.strictObject({ id: RecordId });

/**
 * Every change is its own call and is saved as it is made. Undo and redo are these same calls
 * (delete undone by restore, an update by the update back), so nothing is kept only in memory.
 */
export const mapCalls = {
  'findings.create': defineCall(z.strictObject({ sessionId: RecordId, body: FindingBody }), Finding, CREATES),
  'findings.update': defineCall(z.strictObject({ id: RecordId, body: FindingBody }), Finding, CHANGES),
  'findings.delete': defineCall(ById, Finding, DELETES),
  'findings.restore': defineCall(ById, Finding, CHANGES),
  'zones.create': defineCall(z.strictObject({ sessionId: RecordId, body: ZoneBody }), Zone, CREATES),
  'zones.update': defineCall(z.strictObject({ id: RecordId, body: ZoneBody }), Zone, CHANGES),
  'zones.delete': defineCall(ById, Zone, DELETES),
  'zones.restore': defineCall(ById, Zone, CHANGES),
  'zones.reorder': defineCall(
    z.strictObject({ sessionId: RecordId, zoneIds: z.array(RecordId).max(200) }),
    z.array(Zone),
    CHANGES,
  ),
  'techniques.list': defineCall(z.strictObject({}), z.array(Technique), VIEWS),
  'techniques.create': defineCall(TechniqueInput, Technique, CREATES),
  'techniques.update': defineCall(
    z.strictObject({ ...TechniqueInput.shape, id: TechniqueId, retired: z.boolean() }),
    Technique,
    CHANGES,
  ),
  'plan.get': defineCall(z.strictObject({ sessionId: RecordId }), Workspace, VIEWS),
  /** Copies the last session's findings and zones into this one, each remembering its source. */
  'plan.carryForward': defineCall(z.strictObject({ sessionId: RecordId }), Workspace, CHANGES),
  /** Refused unless every current flag is among those acknowledged. */
  'plan.start': defineCall(
    z.strictObject({ sessionId: RecordId, acknowledgedKeys: z.array(z.string().max(300)).max(500) }),
    PlanStart,
    CREATES,
  ),
  'runs.save': defineCall(z.strictObject({ zoneId: RecordId, ...ZoneRunInput.shape }), ZoneRun, CHANGES),
};
