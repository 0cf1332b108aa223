import { z } from 'zod';
import { RecordId } from '../domain/common';
import { ZoneRun, ZoneRunInput } from '../domain/plan/run';
import { CHANGES, defineCall } from './define';

/** What was done in a zone during the session: saved zone by zone as the therapist works. */
export const runsCalls = {
  'runs.save': defineCall(z.strictObject({ zoneId: RecordId, ...ZoneRunInput.shape }), ZoneRun, CHANGES),
};
