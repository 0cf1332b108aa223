import { Legend, type LegendEntry } from '../../marks/Legend';
import {
  ENDANGERMENT_GLYPH,
  ENDANGERMENT_STYLE,
  FLAG_GLYPH,
  FLAG_STYLE,
  MARK_STYLES,
  PREVIOUS_SESSION_WASH,
  WASH_STYLES,
} from '../../marks/styles';

/**
 * Everything the plan draws on the model: the printout's marks, plus what only the plan shows
 * (endangerment sites, flags, the painted washes, last session's findings when comparing).
 */
const PLAN_LEGEND: readonly LegendEntry[] = [
  ...Object.values(MARK_STYLES).map((mark) => ({ mark })),
  { mark: ENDANGERMENT_STYLE, glyph: ENDANGERMENT_GLYPH },
  { mark: FLAG_STYLE, glyph: FLAG_GLYPH },
  ...Object.values(WASH_STYLES).map((wash) => ({ wash })),
  { wash: PREVIOUS_SESSION_WASH },
];

/** What each symbol on the model means: shape and colour for points, colour and pattern for washes. */
export function PlanLegend() {
  return <Legend entries={PLAN_LEGEND} className="plan-legend" symbolClassName="legend-symbol" />;
}
