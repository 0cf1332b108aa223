import { acknowledgementOf } from '../../../../shared/domain/plan/acknowledgements';
import type { SessionPlan } from '../../../../shared/domain/plan/records';
import { useCallQuery } from '../../api/queries';

/**
 * The plan's flags nobody has acknowledged as they now read: main refuses to complete or sign the
 * session until there are none, so the note shows them where it asks for either.
 */
export function usePendingFlags(sessionId: string): {
  pending: SessionPlan['flags'];
  zones: SessionPlan['zones'];
} {
  const plan = useCallQuery('plan.get', { sessionId });
  if (plan.state !== 'ready') return { pending: [], zones: [] };
  const { flags, acknowledgements, zones } = plan.value;
  return { pending: flags.filter((flag) => !acknowledgementOf(flag, acknowledgements)), zones };
}
