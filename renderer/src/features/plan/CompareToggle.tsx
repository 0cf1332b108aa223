import { usePlanStore, type CompareMode } from './planStore';

const MODES: readonly { mode: CompareMode; label: string }[] = [
  { mode: 'off', label: 'Off' },
  { mode: 'overlay', label: 'Overlay' },
  { mode: 'side_by_side', label: 'Side by side' },
];

/** How last session is shown: not at all, drawn over today's marks, or on its own model beside them. */
export function CompareToggle() {
  const compare = usePlanStore((s) => s.compare);
  const setCompare = usePlanStore((s) => s.setCompare);
  return (
    <div className="compare-toggle" role="group" aria-label="Compare with last session">
      <span className="compare-toggle__label">Last session:</span>
      {MODES.map(({ mode, label }) => (
        <button
          key={mode}
          type="button"
          className={compare === mode ? 'tool tool--on' : 'tool'}
          aria-pressed={compare === mode}
          onClick={() => setCompare(mode)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
