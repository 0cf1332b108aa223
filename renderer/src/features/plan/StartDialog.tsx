import { useState } from 'react';
import { acknowledgementOf } from '../../../../shared/domain/plan/acknowledgements';
import { call } from '../../api/client';
import { FlagChecklist } from './FlagChecklist';
import { usePlanStore } from './planStore';

/**
 * Starting asks for each flag nobody has acknowledged yet, grouped by zone. A flag acknowledged
 * earlier in the session (before a lock, or in the sign dialog) is not asked again.
 */
export function StartDialog({ onStarted, onCancel }: { onStarted: () => void; onCancel: () => void }) {
  const plan = usePlanStore((s) => s.plan)!;
  const refresh = usePlanStore((s) => s.refresh);
  const [seen, setSeen] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const { flags, zones, acknowledgements } = plan;
  const pending = flags.filter((flag) => !acknowledgementOf(flag, acknowledgements));
  const earlier = flags.length - pending.length;
  const ready = pending.every((flag) => seen.has(flag.key));
  const start = async () => {
    try {
      await call('plan.start', { sessionId: plan.session.id, acknowledgedKeys: [...seen] });
      await refresh();
      onStarted();
    } catch (error) {
      setProblem((error as Error).message);
      await refresh();
    }
  };
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="start-heading">
        <h2 id="start-heading">Start the session</h2>
        {flags.length === 0 && <p>No flags on this plan.</p>}
        {earlier > 0 && (
          <p>
            {earlier} flag{earlier === 1 ? ' was' : 's were'} acknowledged earlier in this session.
          </p>
        )}
        {pending.length > 0 && (
          <>
            <p>Acknowledge each flag before starting:</p>
            <FlagChecklist flags={pending} zones={zones} seen={seen} onChange={setSeen} />
          </>
        )}
        {problem && <p role="alert">{problem}</p>}
        <div className="dialog__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={!ready}
            onClick={() => void start()}
          >
            {pending.length === 0
              ? 'Start'
              : `Start, ${pending.length} flag${pending.length === 1 ? '' : 's'} acknowledged`}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Back to the plan
          </button>
        </div>
      </div>
    </div>
  );
}
