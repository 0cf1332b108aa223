import { z } from 'zod';
import { RecordId } from '../domain/common';
import { FindingBody } from '../domain/map/findings';
import { Finding, PlanStart, Workspace, Zone } from '../domain/map/records';
import { ZoneRun, ZoneRunInput } from '../domain/map/run';
import { Technique, TechniqueId, TechniqueInput } from '../domain/map/techniques';
import { ZoneBody } from '../domain/map/zones';
import { defineCall } from './define';

const ById = z.strictObject({ id: RecordId });

/**
 * Every change is its own call and is saved as it is made. Undo and redo are these same calls
 * (delete undone by restore, an update by the update back), so nothing is kept only in memory.
 */
export const mapCalls = {
  'findings.create': defineCall(z.strictObject({ sessionId: RecordId, body: FindingBody }), Finding),
  'findings.update': defineCall(z.strictObject({ id: RecordId, body: FindingBody }), Finding),
  'findings.delete': defineCall(ById, Finding),
  'findings.restore': defineCall(ById, Finding),
  'zones.create': defineCall(z.strictObject({ sessionId: RecordId, body: ZoneBody }), Zone),
  'zones.update': defineCall(z.strictObject({ id: RecordId, body: ZoneBody }), Zone),
  'zones.delete': defineCall(ById, Zone),
  'zones.restore': defineCall(ById, Zone),
  'zones.reorder': defineCall(
    z.strictObject({ sessionId: RecordId, zoneIds: z.array(RecordId).max(200) }),
    z.array(Zone),
  ),
  'techniques.list': defineCall(z.strictObject({}), z.array(Technique)),
  'techniques.create': defineCall(TechniqueInput, Technique),
  'techniques.update': defineCall(
    z.strictObject({ ...TechniqueInput.shape, id: TechniqueId, retired: z.boolean() }),
    Technique,
  ),
  'plan.get': defineCall(z.strictObject({ sessionId: RecordId }), Workspace),
  /** Copies the last session's findings and zones into this one, each remembering its source. */
  'plan.carryForward': defineCall(z.strictObject({ sessionId: RecordId }), Workspace),
  /** Refused unless every current flag is among those acknowledged. */
  'plan.start': defineCall(
    z.strictObject({ sessionId: RecordId, acknowledgedKeys: z.array(z.string().max(300)).max(500) }),
    PlanStart,
  ),
  'runs.save': defineCall(z.strictObject({ zoneId: RecordId, ...ZoneRunInput.shape }), ZoneRun),
};
