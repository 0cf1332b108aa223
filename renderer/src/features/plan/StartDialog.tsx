import { useState } from 'react';
import { zoneName } from '../../../../shared/domain/plan/zones';
import { call } from '../../api/client';
import { usePlanStore } from './planStore';

/**
 * Starting asks for each flag to be acknowledged on its own: one "I have seen it" per reason, so
 * a pressure above tolerance cannot be waved through with a single click.
 */
export function StartDialog({ onStarted, onCancel }: { onStarted: () => void; onCancel: () => void }) {
  const plan = usePlanStore((s) => s.plan)!;
  const refresh = usePlanStore((s) => s.refresh);
  const [seen, setSeen] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const { flags, zones } = plan;
  const ready = flags.every((flag) => seen.has(flag.key));
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
        {flags.length === 0 ? (
          <p>No flags on this plan.</p>
        ) : (
          <>
            <p>Acknowledge each flag before starting:</p>
            <ul className="acknowledgements">
              {flags.map((flag) => {
                const zone = zones.find((z) => z.id === flag.zoneId);
                const order = zone ? zones.indexOf(zone) + 1 : 0;
                return (
                  <li key={flag.key}>
                    <label>
                      <input
                        type="checkbox"
                        checked={seen.has(flag.key)}
                        onChange={(event) => {
                          const next = new Set(seen);
                          if (event.target.checked) next.add(flag.key);
                          else next.delete(flag.key);
                          setSeen(next);
                        }}
                      />
                      <span>
                        <strong>
                          Zone {order}
                          {zone ? `, ${zoneName(zone.body)}` : ''}:
                        </strong>{' '}
                        {flag.reason}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
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
            {flags.length === 0
              ? 'Start'
              : `Start, ${flags.length} flag${flags.length === 1 ? '' : 's'} acknowledged`}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Back to the plan
          </button>
        </div>
      </div>
    </div>
  );
}
