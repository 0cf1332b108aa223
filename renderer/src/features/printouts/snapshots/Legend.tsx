import type { MarkKind } from '../../../../../shared/domain/printout';
import { MARK_STYLES, PAIN_AREA_STYLE } from './mark-styles';
import { MarkSymbol } from './MarkSymbol';

/** The legend for the kinds of mark this printout shows, and the pain areas. */
export function Legend({ kinds }: { kinds: readonly MarkKind[] }) {
  return (
    <ul className="print-legend" aria-label="Legend">
      {kinds.map((kind) => (
        <li key={kind}>
          <MarkSymbol
            className="print-legend__symbol"
            shape={MARK_STYLES[kind].shape}
            colour={MARK_STYLES[kind].colour}
            label={kind === 'zone' ? '1' : undefined}
          />
          {MARK_STYLES[kind].label}
        </li>
      ))}
      <li>
        <svg className="print-legend__symbol" viewBox="0 0 16 16" aria-hidden="true">
          <rect
            x="1"
            y="3"
            width="14"
            height="10"
            rx="4"
            fill={PAIN_AREA_STYLE.colour}
            opacity={PAIN_AREA_STYLE.opacity}
          />
        </svg>
        {PAIN_AREA_STYLE.label}
      </li>
    </ul>
  );
}
