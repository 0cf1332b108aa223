import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { PrintTrend } from '../../../../shared/domain/printout';
import { printedDate, printedScore } from './format';

/** Small enough that three sit side by side on either paper. */
const WIDTH = 200;
const HEIGHT = 110;

const shortDate = (date: string) => printedDate(date).replace(/ \d{4}$/, '');

/**
 * One small chart per measure (their scales differ too much to share axes), drawn as SVG with no
 * animation, so what prints is the finished line.
 */
export function TrendCharts({ trends }: { trends: readonly PrintTrend[] }) {
  const shown = trends.filter((trend) => trend.points.length > 0);
  if (shown.length === 0) return <p className="print-muted">No measures recorded in this course yet.</p>;
  return (
    <div className="print-trends">
      {shown.map((trend) => (
        <figure className="print-trend" key={trend.label}>
          <LineChart
            width={WIDTH}
            height={HEIGHT}
            data={trend.points}
            margin={{ top: 6, right: 8, bottom: 0, left: -18 }}
          >
            <CartesianGrid stroke="#d5dbe1" strokeDasharray="2 3" vertical={false} />
            <XAxis
              dataKey="date"
              tickFormatter={shortDate}
              tick={{ fontSize: 8 }}
              interval="preserveStartEnd"
            />
            <YAxis
              domain={[trend.min, trend.max]}
              tickFormatter={printedScore}
              tick={{ fontSize: 8 }}
              tickCount={3}
            />
            <Line
              dataKey="value"
              stroke="#0b6565"
              strokeWidth={1.5}
              dot={{ r: 2, fill: '#0b6565' }}
              isAnimationActive={false}
            />
          </LineChart>
          <figcaption>
            {trend.label} <span className="print-muted">({trend.unit})</span>: latest{' '}
            {printedScore(trend.points[trend.points.length - 1]!.value)}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
