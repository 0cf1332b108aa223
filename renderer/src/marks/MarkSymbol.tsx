import { LAST_SESSION_DASH, LAST_SESSION_OPACITY, type MarkShape } from './styles';

interface MarkSymbolProps {
  shape: MarkShape;
  colour: string;
  className: string;
  /** A character drawn on the symbol (the plan's "!" on a flag). */
  label?: string;
  /** Last session's look while comparing: the outline only, fainter (as `drawMark` draws it). */
  lastSession?: boolean;
}

/**
 * A mark's symbol as SVG, for legends: the same shapes the snapshots and the plan draw, so a
 * legend always matches the marks (and prints sharp).
 */
export function MarkSymbol({ shape, colour, className, label, lastSession = false }: MarkSymbolProps) {
  const ring = shape === 'ring';
  const outline = ring || lastSession;
  const paint = {
    fill: outline ? 'none' : colour,
    stroke: outline ? colour : '#ffffff',
    strokeWidth: outline ? 2 : 1.5,
    // The same dashes as on the model, on a 16-unit symbol 11 units across.
    strokeDasharray: lastSession ? LAST_SESSION_DASH.map((share) => share * 11).join(' ') : undefined,
  };
  return (
    <svg
      className={className}
      viewBox="0 0 16 16"
      aria-hidden="true"
      opacity={lastSession ? LAST_SESSION_OPACITY : undefined}
    >
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
