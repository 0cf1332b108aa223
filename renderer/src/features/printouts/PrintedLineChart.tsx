import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { printedDate, printedScore } from './format';

/** Small enough that three sit side by side on either paper. */
const WIDTH = 200;

const shortDate = (date: string) => printedDate(date).replace(/ \d{4}$/, '');

interface PrintedLineChartProps {
  points: readonly { date: string; value: number }[];
  min: number;
  max: number;
  height: number;
  /** A dashed line across the chart at this value (a meaningful change), when it lies on the scale. */
  level?: number | null;
}

/**
 * One measure's values over time as a small SVG chart with no animation, so what prints is the
 * finished line; the printouts' one chart, whatever sheet it is on.
 */
export function PrintedLineChart({ points, min, max, height, level = null }: PrintedLineChartProps) {
  return (
    <LineChart
      width={WIDTH}
      height={height}
      data={[...points]}
      margin={{ top: 6, right: 8, bottom: 0, left: -18 }}
    >
      <CartesianGrid stroke="#d5dbe1" strokeDasharray="2 3" vertical={false} />
      <XAxis dataKey="date" tickFormatter={shortDate} tick={{ fontSize: 8 }} interval="preserveStartEnd" />
      <YAxis domain={[min, max]} tickFormatter={printedScore} tick={{ fontSize: 8 }} tickCount={3} />
      {level !== null && level >= min && level <= max && (
        <ReferenceLine y={level} stroke="#b45309" strokeDasharray="4 3" ifOverflow="hidden" />
      )}
      <Line
        dataKey="value"
        stroke="#0b6565"
        strokeWidth={1.5}
        dot={{ r: 2, fill: '#0b6565' }}
        isAnimationActive={false}
      />
    </LineChart>
  );
}
