import { useId } from 'react';
import { myofascialLines } from '../../../../shared/anatomy';
import { call } from '../../api/client';
import { usePlanStore } from './planStore';

/**
 * The myofascial line shown on this session's plan, or none. It is the session's own choice, saved
 * with it and drawn on its printouts; the Body model screen's line never shows here.
 */
export function PlanLineToggle() {
  const plan = usePlanStore((s) => s.plan)!;
  const id = useId();
  const { session } = plan;
  const choose = async (lineId: string | null) => {
    try {
      const changed = await call('plan.highlightLine', { sessionId: session.id, lineId });
      // only the session's line changed: the marks and their undo history stay as they are
      usePlanStore.setState((s) => (s.plan ? { plan: { ...s.plan, session: changed.session } } : s));
    } catch (error) {
      usePlanStore.setState({ problem: (error as Error).message });
    }
  };
  return (
    <div className="plan-line">
      <label htmlFor={id}>Myofascial line</label>
      <select
        id={id}
        value={session.highlightedLineId ?? ''}
        disabled={session.locked}
        onChange={(e) => void choose(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">None</option>
        {myofascialLines().map((line) => (
          <option key={line.id} value={line.id}>
            {line.name}
          </option>
        ))}
      </select>
    </div>
  );
}
