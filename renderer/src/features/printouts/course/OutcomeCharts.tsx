import type { PrintedOutcome } from '../../../../../shared/domain/printouts/course';
import { printedScore } from '../format';
import { PrintedLineChart } from '../PrintedLineChart';

const HEIGHT = 120;

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
        {outcomes.map((outcome) => (
          <figure className="print-trend print-trend--course" key={outcome.key}>
            <PrintedLineChart
              points={outcome.points}
              min={outcome.min}
              max={outcome.max}
              height={HEIGHT}
              level={meaningfulLevel(outcome)}
            />
            <figcaption>
              {outcome.label}: {printedScore(outcome.baseline.value)} → {printedScore(outcome.latest.value)}
            </figcaption>
          </figure>
        ))}
      </div>
      <p className="print-muted">
        Dashed line: the level at which the change from the baseline counts as a meaningful improvement.
      </p>
    </>
  );
}
