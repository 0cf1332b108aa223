import './plan.css';
import type { SessionPlan } from '../../../../shared/domain/plan/records';
import { flagsByZone } from './flagGroups';

/**
 * The flags to acknowledge, under the zone they are on: one "I have seen it" per reason, so a
 * pressure above tolerance cannot be waved through with a single click.
 */
export function FlagChecklist({
  flags,
  zones,
  seen,
  onChange,
}: {
  flags: SessionPlan['flags'];
  zones: SessionPlan['zones'];
  seen: ReadonlySet<string>;
  onChange: (seen: ReadonlySet<string>) => void;
}) {
  return (
    <div className="flag-groups">
      {flagsByZone(flags, zones).map((group) => (
        <section key={group.zoneId} aria-label={group.heading}>
          <h3 className="flag-groups__zone">{group.heading}</h3>
          <ul className="acknowledgements">
            {group.flags.map((flag) => (
              <li key={flag.key}>
                <label>
                  <input
                    type="checkbox"
                    checked={seen.has(flag.key)}
                    onChange={(event) => {
                      const next = new Set(seen);
                      if (event.target.checked) next.add(flag.key);
                      else next.delete(flag.key);
                      onChange(next);
                    }}
                  />
                  <span>{flag.reason}</span>
                </label>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
