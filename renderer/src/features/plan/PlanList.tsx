import { useState } from 'react';
import { describePlannedPressure } from '../../../../shared/domain/plan/planned-pressure';
import { planTime, zoneName } from '../../../../shared/domain/plan/zones';
import { reorderZones } from './changes';
import { CARRY_LABELS, carryView } from './carryStatus';
import { techniqueName } from './describe';
import { usePlanStore } from './planStore';
import { useAlgometerUnit } from '../settings/useAlgometerUnit';

/** The ordered zones with their flags and the plan's time against the session's length. */
export function PlanList() {
  const plan = usePlanStore((s) => s.plan)!;
  const previous = usePlanStore((s) => s.previous);
  const selection = usePlanStore((s) => s.selection);
  const select = usePlanStore((s) => s.select);
  const make = usePlanStore((s) => s.make);
  const [dragged, setDragged] = useState<string | null>(null);
  const { zones, flags, techniques, session } = plan;
  const unit = useAlgometerUnit();
  const time = planTime(
    zones.map((zone) => zone.body),
    session.plannedMinutes,
  );
  const carry = carryView(plan, previous);
  const ids = zones.map((zone) => zone.id);
  const move = (id: string, to: number) => {
    const from = ids.indexOf(id);
    if (from === to || to < 0 || to >= ids.length) return;
    const next = [...ids];
    next.splice(from, 1);
    next.splice(to, 0, id);
    void make(reorderZones(session.id, ids, next));
  };

  return (
    <section className="plan-panel" aria-labelledby="plan-zones-heading">
      <h2 id="plan-zones-heading">Plan</h2>
      <p className={time.spareMinutes < 0 ? 'plan-time plan-time--over' : 'plan-time'}>
        Holds {time.plannedHoldMinutes} min of a {time.sessionMinutes} min session
        {time.spareMinutes < 0 ? ` (${-time.spareMinutes} min over)` : ''}
      </p>
      {zones.length === 0 ? (
        <p className="plan-empty">No zones yet: paint one (Z) or pick a whole structure (S).</p>
      ) : (
        <ol className="plan-items">
          {zones.map((zone, index) => {
            const zoneFlags = flags.filter((flag) => flag.zoneId === zone.id);
            const selected = selection?.type === 'zone' && selection.id === zone.id;
            const status = carry?.status.get(zone.id);
            return (
              <li
                key={zone.id}
                className={selected ? 'plan-item plan-item--selected' : 'plan-item'}
                draggable={!session.locked}
                onDragStart={() => setDragged(zone.id)}
                onDragOver={(event) => event.preventDefault()}
                onDrop={() => dragged && move(dragged, index)}
              >
                <button
                  type="button"
                  className="plan-item__main"
                  aria-pressed={selected}
                  onClick={() => select({ type: 'zone', id: zone.id })}
                >
                  <span className="plan-item__symbol plan-item__symbol--zone" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span>
                    <strong>{zoneName(zone.body)}</strong>
                    <br />
                    {techniqueName(techniques, zone.body.techniqueId)} ·{' '}
                    {describePlannedPressure(zone.body.pressure, unit)} · {zone.body.holdMinutes} min
                  </span>
                  {status && <span className={`carry carry--${status}`}>{CARRY_LABELS[status]}</span>}
                </button>
                {zoneFlags.length > 0 && (
                  <ul className="flags" aria-label={`Flags for zone ${index + 1}`}>
                    {zoneFlags.map((flag) => (
                      <li key={flag.key} className="flag">
                        <span className="flag__symbol" aria-hidden="true">
                          !
                        </span>
                        {flag.reason}
                      </li>
                    ))}
                  </ul>
                )}
                {!session.locked && (
                  <span className="plan-item__order">
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-label={`Move zone ${index + 1} up`}
                      disabled={index === 0}
                      onClick={() => move(zone.id, index - 1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-label={`Move zone ${index + 1} down`}
                      disabled={index === zones.length - 1}
                      onClick={() => move(zone.id, index + 1)}
                    >
                      ↓
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {carry && carry.resolvedZones.length > 0 && (
        <p className="resolved">
          Resolved since last session: {carry.resolvedZones.map((zone) => zoneName(zone.body)).join('; ')}
        </p>
      )}
    </section>
  );
}
