import { useMemo } from 'react';
import { dateOf } from '../../../../shared/domain/dates';
import { Legend, type LegendEntry } from '../../marks/Legend';
import {
  ENDANGERMENT_GLYPH,
  ENDANGERMENT_STYLE,
  FLAG_GLYPH,
  FLAG_STYLE,
  lastSessionLegendStyle,
  MARK_STYLES,
  WASH_STYLES,
} from '../../marks/styles';
import { usePlanStore } from './planStore';

/**
 * Everything the plan draws on the model: the printout's marks, plus what only the plan shows
 * (endangerment sites, flags, the painted washes).
 */
const PLAN_LEGEND: readonly LegendEntry[] = [
  ...Object.values(MARK_STYLES).map((mark) => ({ mark })),
  { mark: ENDANGERMENT_STYLE, glyph: ENDANGERMENT_GLYPH },
  { mark: FLAG_STYLE, glyph: FLAG_GLYPH },
  ...Object.values(WASH_STYLES).map((wash) => ({ wash })),
];

/**
 * What each symbol on the model means: shape and colour for points, colour and pattern for washes;
 * while last session is drawn over today's, also its hollow, muted look, with its date.
 */
export function PlanLegend() {
  const overlaid = usePlanStore((s) => (s.compare === 'overlay' ? s.previous : null));
  const entries = useMemo(
    () =>
      overlaid
        ? [...PLAN_LEGEND, { mark: lastSessionLegendStyle(dateOf(overlaid.session.startsAt)) }]
        : PLAN_LEGEND,
    [overlaid],
  );
  return <Legend entries={entries} className="plan-legend" symbolClassName="legend-symbol" />;
}
