import { z } from 'zod';
import { RecordId } from '../domain/common';
import { RunPosition, ZoneRun, ZoneRunInput } from '../domain/plan/run';
import { CHANGES, defineCall } from './define';

/**
 * What was done in a zone during the session: saved zone by zone as the therapist works. The run
 * screen's zone and hold are kept in main as they change, so a lock mid-hold logs the hold as
 * interrupted instead of losing it, and unlocking brings the screen back to the same zone.
 */
export const runsCalls = {
  'runs.save': defineCall(z.strictObject({ zoneId: RecordId, ...ZoneRunInput.shape }), ZoneRun, CHANGES),
  /** The zone the run screen now shows (null: the screen closed); another zone drops an unlogged hold. */
  'runs.show': defineCall(
    z.strictObject({ sessionId: RecordId, zoneId: RecordId.nullable() }),
    RunPosition.nullable(),
    CHANGES,
  ),
  /** Begins or resumes (`running`), or pauses, the hold on the shown zone, on main's clock. */
  'runs.hold': defineCall(
    z.strictObject({ sessionId: RecordId, running: z.boolean() }),
    RunPosition,
    CHANGES,
  ),
  /** Logs the shown zone's hold as held until now, and leaves the zone with no hold running. */
  'runs.logHold': defineCall(z.strictObject({ sessionId: RecordId }), RunPosition, CHANGES),
};
