import type { PrintTrend } from '../../../../shared/domain/printout';
import { printedScore } from './format';
import { PrintedLineChart } from './PrintedLineChart';

const HEIGHT = 110;

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
          <PrintedLineChart points={trend.points} min={trend.min} max={trend.max} height={HEIGHT} />
          <figcaption>
            {trend.label} <span className="print-muted">({trend.unit})</span>: latest{' '}
            {printedScore(trend.points[trend.points.length - 1]!.value)}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
