import { z } from 'zod';
import { RecordId } from '../domain/common';
import { MyofascialLineId } from '../domain/plan/line';
import { FlagAcknowledgement, PlanStart, SessionPlan } from '../domain/plan/records';
import { CHANGES, CREATES, defineCall, VIEWS } from './define';

const FlagKeys = z.array(z.string().max(300)).max(500);

export const planCalls = {
  'plan.get': defineCall(z.strictObject({ sessionId: RecordId }), SessionPlan, VIEWS),
  /** Copies the last session's findings and zones into this one, each remembering its source. */
  'plan.carryForward': defineCall(z.strictObject({ sessionId: RecordId }), SessionPlan, CHANGES),
  /**
   * Refused unless every current flag is acknowledged, now (`acknowledgedKeys`) or earlier in the
   * session; a planned session is then in progress.
   */
  'plan.start': defineCall(
    z.strictObject({ sessionId: RecordId, acknowledgedKeys: FlagKeys }),
    PlanStart,
    CREATES,
  ),
  /**
   * Records that the unlocked therapist has seen these current flags (as in the sign dialog); a flag
   * already acknowledged as it reads now keeps its first acknowledgement. Answers every current
   * acknowledgement.
   */
  'plan.acknowledge': defineCall(
    z.strictObject({ sessionId: RecordId, keys: FlagKeys.min(1) }),
    z.array(FlagAcknowledgement),
    CHANGES,
  ),
  /**
   * Chooses the myofascial line drawn on this session's plan and its printouts, or none (null):
   * the session's own choice, whatever the Body model screen shows.
   */
  'plan.highlightLine': defineCall(
    z.strictObject({ sessionId: RecordId, lineId: MyofascialLineId.nullable() }),
    SessionPlan,
    CHANGES,
  ),
};
