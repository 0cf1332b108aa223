import { MarkSymbol } from './MarkSymbol';
import type { MarkStyle, WashStyle } from './styles';

/** One line of a legend: a mark (with the character drawn on it, if any) or a painted wash. */
export type LegendEntry = { mark: MarkStyle; glyph?: string } | { wash: WashStyle };

function WashSymbol({ wash, className }: { wash: WashStyle; className: string }) {
  const { colour, opacity, striped } = wash;
  return (
    <svg className={className} viewBox="0 0 16 16" aria-hidden="true">
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

/**
 * What each symbol means, drawn with the same shapes and colours as the marks themselves, so a
 * legend always matches them: the plan's beside the model, the printout's under its snapshots.
 */
export function Legend({
  entries,
  className,
  symbolClassName,
}: {
  entries: readonly LegendEntry[];
  className: string;
  symbolClassName: string;
}) {
  return (
    <ul className={className} aria-label="Legend">
      {entries.map((entry) => {
        const label = 'mark' in entry ? entry.mark.label : entry.wash.label;
        return (
          <li key={label}>
            {'mark' in entry ? (
              <MarkSymbol
                className={symbolClassName}
                shape={entry.mark.shape}
                colour={entry.mark.colour}
                label={entry.glyph}
                lastSession={entry.mark.lastSession}
              />
            ) : (
              <WashSymbol className={symbolClassName} wash={entry.wash} />
            )}
            {label}
          </li>
        );
      })}
    </ul>
  );
}
