import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { MeasureTrend } from '../../../../shared/api/outcomes';
import { formatScore } from './format';

export type XAxisChoice = 'sessions' | 'minutes';

/** Calm tints from the best band to the worst, so shading orients without shouting. */
const BAND_TINTS = ['#e3f1e6', '#eef4dc', '#fbf1d9', '#f9e3d6', '#f4d7d7'];
const LINE = '#0b6565';
const MARKER = '#7a2e8c';
/** A series longer than this (one value a session) shows its values folded away. */
const LONG_SERIES = 8;

interface TrendChartProps {
  trend: MeasureTrend;
  xAxis: XAxisChoice;
}

/**
 * The x position's name: sessions (or minutes) of treatment so far; a follow-up is named instead,
 * since it sits at the same count as the end of the course.
 */
function tickOf(point: MeasureTrend['points'][number], xAxis: XAxisChoice): string {
  if (point.phase === 'follow_up') return point.label;
  return xAxis === 'sessions' ? `${point.sessions}` : `${point.minutes} min`;
}

/** A diamond rather than a dot, so the marker reads by shape as well as colour. */
function Diamond({ cx, cy }: { cx?: number; cy?: number }) {
  if (cx === undefined || cy === undefined) return null;
  return (
    <path
      d={`M${cx} ${cy - 9} L${cx + 9} ${cy} L${cx} ${cy + 9} L${cx - 9} ${cy} Z`}
      fill="none"
      stroke={MARKER}
      strokeWidth={2.5}
    />
  );
}

/**
 * One measure across the course. Points are evenly spaced in order: follow-ups all come after the
 * last session, so a numeric session axis would stack them on one spot.
 */
export function TrendChart({ trend, xAxis }: TrendChartProps) {
  const data = trend.points.map((point, index) => ({
    index,
    value: point.value,
    tick: tickOf(point, xAxis),
  }));
  const followUps = trend.points.flatMap((point, index) => (point.phase === 'follow_up' ? [index] : []));
  const baseline = trend.points[0]!.value;
  const improvedAt =
    trend.threshold === null
      ? null
      : trend.lowerIsBetter
        ? baseline - trend.threshold
        : baseline + trend.threshold;
  const first = trend.firstMeaningful;
  const marker = first ? trend.points.findIndex((point) => point.recordId === first.recordId) : -1;
  const xLabel = xAxis === 'sessions' ? 'Sessions so far' : 'Treatment minutes so far';
  // The values in words: the plot's text alternative, and where the marker is explained.
  const values = (
    <ol className="trend__values" aria-label={`${trend.label} values`}>
      {trend.points.map((point) => (
        <li key={point.recordId}>
          {point.label}: {formatScore(point.value)}
          {point === trend.points[marker] && (
            <span className="trend__marker-note">
              {' '}
              <span aria-hidden="true">◇</span> change since baseline passed the meaningful threshold
              {trend.threshold !== null && ` (${formatScore(trend.threshold)})`}
            </span>
          )}
        </li>
      ))}
    </ol>
  );

  return (
    <figure className="trend" aria-labelledby={`trend-${trend.key}`}>
      <figcaption className="trend__caption" id={`trend-${trend.key}`}>
        {trend.label} <span className="trend__unit">({trend.unit})</span>
        {trend.forPhysician && <span className="trend__physician"> · for the client’s physician</span>}
      </figcaption>
      <div className="trend__plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={230}>
          <LineChart
            data={data}
            margin={{ top: 12, right: 96, bottom: 22, left: 4 }}
            accessibilityLayer={false}
          >
            {trend.bands.map((band, index) => (
              <ReferenceArea
                key={band.id}
                y1={band.from}
                y2={band.to}
                fill={
                  BAND_TINTS[
                    Math.round((index * (BAND_TINTS.length - 1)) / Math.max(1, trend.bands.length - 1))
                  ]
                }
                fillOpacity={1}
                ifOverflow="hidden"
                label={{ value: band.label, position: 'right', fontSize: 11, fill: '#52606d' }}
              />
            ))}
            {followUps.length > 0 && (
              <ReferenceArea x1={followUps[0]} x2={followUps.at(-1)} fill="#d5dbe1" fillOpacity={0.35} />
            )}
            <CartesianGrid stroke="#d5dbe1" strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="index"
              type="category"
              tickFormatter={(index: number) => data[index]?.tick ?? ''}
              label={{ value: xLabel, position: 'insideBottom', offset: -14, fontSize: 12 }}
              // Every tick while few (follow-ups must keep their names); thinned for a session-by-session series.
              interval={data.length > 8 ? 'preserveStartEnd' : 0}
              fontSize={11}
            />
            <YAxis domain={[trend.min, trend.max]} width={40} fontSize={12} allowDecimals={false} />
            {improvedAt !== null && (
              <ReferenceLine
                y={improvedAt}
                stroke={MARKER}
                strokeDasharray="6 4"
                ifOverflow="discard"
                label={{
                  value: 'meaningful improvement',
                  // On the improved side of the line, clear of the baseline point.
                  position: trend.lowerIsBetter ? 'insideTopLeft' : 'insideBottomLeft',
                  fontSize: 11,
                  fill: MARKER,
                }}
              />
            )}
            <Line
              type="linear"
              dataKey="value"
              stroke={LINE}
              strokeWidth={2.5}
              dot={{ r: 4, fill: LINE }}
              isAnimationActive={false}
            />
            {marker >= 0 && (
              <ReferenceDot
                x={marker}
                y={trend.points[marker]!.value}
                shape={<Diamond />}
                ifOverflow="visible"
              />
            )}
            <Tooltip
              formatter={(value) => [formatScore(Number(value)), trend.label]}
              labelFormatter={(index) => {
                const point = trend.points[Number(index)];
                return point ? `${point.label} (${point.takenOn})` : '';
              }}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      {trend.points.length > LONG_SERIES ? (
        <details className="trend__more">
          <summary>All {trend.points.length} values</summary>
          {values}
        </details>
      ) : (
        values
      )}
    </figure>
  );
}
