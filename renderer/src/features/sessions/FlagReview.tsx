import { useState } from 'react';
import type { SessionPlan } from '../../../../shared/domain/plan/records';
import { call } from '../../api/client';
import { FlagChecklist } from '../plan/FlagChecklist';

/**
 * The flags still to acknowledge before `doing` (signing, completing), grouped by zone, each ticked
 * on its own and then acknowledged by the unlocked therapist in one call.
 */
export function FlagReview({
  sessionId,
  pending,
  zones,
  doing,
}: {
  sessionId: string;
  pending: SessionPlan['flags'];
  zones: SessionPlan['zones'];
  doing: string;
}) {
  const [seen, setSeen] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  if (pending.length === 0) return null;
  const ready = pending.every((flag) => seen.has(flag.key));
  const count = `${pending.length} flag${pending.length === 1 ? '' : 's'}`;
  const acknowledge = async () => {
    try {
      await call('plan.acknowledge', { sessionId, keys: pending.map((flag) => flag.key) });
      setProblem(null);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  return (
    <section className="flag-review" aria-label="Flags to acknowledge">
      <p>
        This plan has {count} nobody has acknowledged. Acknowledge each before {doing}:
      </p>
      <FlagChecklist flags={pending} zones={zones} seen={seen} onChange={setSeen} />
      {problem && <p role="alert">{problem}</p>}
      <button type="button" className="button" disabled={!ready} onClick={() => void acknowledge()}>
        Acknowledge {count}
      </button>
    </section>
  );
}
