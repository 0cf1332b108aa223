import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { PrintedOutcome } from '../../../../../shared/domain/printouts/course';
import { formatScore } from '../../outcomes/format';
import { printedDate } from '../format';

/** Small enough that three sit side by side on either paper. */
const WIDTH = 200;
const HEIGHT = 120;

const shortDate = (date: string) => printedDate(date).replace(/ \d{4}$/, '');

/** The level a measure has to reach from its baseline for the change to count as a meaningful improvement. */
function meaningfulLevel(outcome: PrintedOutcome): number | null {
  if (outcome.threshold === null) return null;
  return outcome.lowerIsBetter
    ? outcome.baseline.value - outcome.threshold
    : outcome.baseline.value + outcome.threshold;
}

/**
 * One small chart per measure, each with a dashed line where its meaningful improvement from the
 * baseline lies, drawn as SVG with no animation, so what prints is the finished line.
 */
export function OutcomeCharts({ outcomes }: { outcomes: readonly PrintedOutcome[] }) {
  if (outcomes.length === 0) return null;
  return (
    <>
      <div className="print-trends">
        {outcomes.map((outcome) => {
          const level = meaningfulLevel(outcome);
          return (
            <figure className="print-trend print-trend--course" key={outcome.key}>
              <LineChart
                width={WIDTH}
                height={HEIGHT}
                data={outcome.points}
                margin={{ top: 6, right: 8, bottom: 0, left: -18 }}
              >
                <CartesianGrid stroke="#d5dbe1" strokeDasharray="2 3" vertical={false} />
                <XAxis
                  dataKey="date"
                  tickFormatter={shortDate}
                  tick={{ fontSize: 8 }}
                  interval="preserveStartEnd"
                />
                <YAxis domain={[outcome.min, outcome.max]} tick={{ fontSize: 8 }} tickCount={3} />
                {level !== null && level >= outcome.min && level <= outcome.max && (
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
              <figcaption>
                {outcome.label}: {formatScore(outcome.baseline.value)} → {formatScore(outcome.latest.value)}
              </figcaption>
            </figure>
          );
        })}
      </div>
      <p className="print-muted">
        Dashed line: the level at which the change from the baseline counts as a meaningful improvement.
      </p>
    </>
  );
}
