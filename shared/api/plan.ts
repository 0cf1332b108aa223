import { z } from 'zod';
import { RecordId } from '../domain/common';
import { PlanStart, SessionPlan } from '../domain/plan/records';
import { CHANGES, CREATES, defineCall, VIEWS } from './define';

export const planCalls = {
  'plan.get': defineCall(z.strictObject({ sessionId: RecordId }), SessionPlan, VIEWS),
  /** Copies the last session's findings and zones into this one, each remembering its source. */
  'plan.carryForward': defineCall(z.strictObject({ sessionId: RecordId }), SessionPlan, CHANGES),
  /** Refused unless every current flag is among those acknowledged. */
  'plan.start': defineCall(
    z.strictObject({ sessionId: RecordId, acknowledgedKeys: z.array(z.string().max(300)).max(500) }),
    PlanStart,
    CREATES,
  ),
};
