import { MarkSymbol } from '../printouts/snapshots/MarkSymbol';
import { ENDANGERMENT_GLYPH, ENDANGERMENT_STYLE, FLAG_STYLE, POINT_STYLES, WASH_STYLES } from './markStyles';

function WashSymbol({ colour, opacity, striped }: { colour: string; opacity: number; striped: boolean }) {
  return (
    <svg className="legend-symbol" viewBox="0 0 16 16" aria-hidden="true">
      <rect
        x="1"
        y="3"
        width="14"
        height="10"
        rx="3"
        fill={colour}
        fillOpacity={striped ? opacity * 0.3 : opacity}
      />
      {striped && <path d="M1 13 L11 3 M6 13 L15 4 M1 8 L6 3" stroke={colour} strokeWidth="2" />}
    </svg>
  );
}

/** What each symbol on the model means: shape and colour for points, colour and pattern for washes. */
export function PlanLegend() {
  return (
    <ul className="plan-legend" aria-label="Legend">
      {Object.values(POINT_STYLES).map((style) => (
        <li key={style.label}>
          <MarkSymbol className="legend-symbol" shape={style.shape} colour={style.colour} />
          {style.label}
        </li>
      ))}
      <li>
        <MarkSymbol
          className="legend-symbol"
          shape={ENDANGERMENT_STYLE.shape}
          colour={ENDANGERMENT_STYLE.colour}
          label={ENDANGERMENT_GLYPH}
        />
        {ENDANGERMENT_STYLE.label}
      </li>
      <li>
        <MarkSymbol className="legend-symbol" shape={FLAG_STYLE.shape} colour={FLAG_STYLE.colour} label="!" />
        {FLAG_STYLE.label}
      </li>
      {Object.values(WASH_STYLES).map((style) => (
        <li key={style.label}>
          <WashSymbol colour={style.colour} opacity={style.opacity} striped={style.striped} />
          {style.label}
        </li>
      ))}
      <li>
        <WashSymbol colour="#1f2933" opacity={0.75} striped />
        Last session’s findings, when comparing (dark stripes)
      </li>
    </ul>
  );
}
