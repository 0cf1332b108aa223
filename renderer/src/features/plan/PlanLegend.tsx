import type { MarkShape } from '../print/snapshots/mark-styles';
import { FLAG_STYLE, POINT_STYLES, WASH_STYLES } from './markStyles';

function PointSymbol({ shape, colour, label }: { shape: MarkShape; colour: string; label?: string }) {
  const ring = shape === 'ring';
  const paint = {
    fill: ring ? 'none' : colour,
    stroke: ring ? colour : '#ffffff',
    strokeWidth: ring ? 2.5 : 1.5,
  };
  return (
    <svg className="legend-symbol" viewBox="0 0 16 16" aria-hidden="true">
      {(shape === 'disc' || ring) && <circle cx="8" cy="8" r="5.5" {...paint} />}
      {shape === 'diamond' && <path d="M8 1.5 L14.5 8 L8 14.5 L1.5 8 Z" {...paint} />}
      {shape === 'triangle' && <path d="M8 2 L14 13.5 L2 13.5 Z" {...paint} />}
      {shape === 'square' && <rect x="2.5" y="2.5" width="11" height="11" {...paint} />}
      {label && (
        <text x="8" y="11.5" textAnchor="middle" fontSize="8" fontWeight="700" fill="#ffffff">
          {label}
        </text>
      )}
    </svg>
  );
}

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
          <PointSymbol shape={style.shape} colour={style.colour} />
          {style.label}
        </li>
      ))}
      <li>
        <PointSymbol shape={FLAG_STYLE.shape} colour={FLAG_STYLE.colour} label="!" />
        {FLAG_STYLE.label}
      </li>
      {Object.values(WASH_STYLES).map((style) => (
        <li key={style.label}>
          <WashSymbol colour={style.colour} opacity={style.opacity} striped={style.striped} />
          {style.label}
        </li>
      ))}
    </ul>
  );
}
