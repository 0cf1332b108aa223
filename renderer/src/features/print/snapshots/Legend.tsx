import type { MarkKind } from '../../../../../shared/domain/print';
import { MARK_STYLES, PAIN_AREA_STYLE, type MarkShape } from './mark-styles';

/** The same shapes the snapshots are drawn with, as SVG so they print sharp. */
function Symbol({ shape, colour }: { shape: MarkShape; colour: string }) {
  const common = { stroke: shape === 'ring' ? colour : '#ffffff', strokeWidth: shape === 'ring' ? 2.5 : 1.5 };
  const fill = shape === 'ring' ? 'none' : colour;
  return (
    <svg className="print-legend__symbol" viewBox="0 0 16 16" aria-hidden="true">
      {(shape === 'disc' || shape === 'ring') && <circle cx="8" cy="8" r="5.5" fill={fill} {...common} />}
      {shape === 'diamond' && <path d="M8 1.5 L14.5 8 L8 14.5 L1.5 8 Z" fill={fill} {...common} />}
      {shape === 'triangle' && <path d="M8 2 L14 13.5 L2 13.5 Z" fill={fill} {...common} />}
      {shape === 'square' && <rect x="2.5" y="2.5" width="11" height="11" fill={fill} {...common} />}
    </svg>
  );
}

/** The legend for the kinds of mark this printout shows, and the pain areas. */
export function Legend({ kinds }: { kinds: readonly MarkKind[] }) {
  return (
    <ul className="print-legend" aria-label="Legend">
      {kinds.map((kind) => (
        <li key={kind}>
          <Symbol shape={MARK_STYLES[kind].shape} colour={MARK_STYLES[kind].colour} />
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
