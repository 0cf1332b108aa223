import type { MeasureTrend } from '../../../../shared/api/outcomes';
import { improvementSince } from '../../../../shared/domain/outcomes/change';
import { formatChange, formatScore } from './format';

/** A verdict against the meaningful change, in the words the outcomes screen and the printouts use. */
export const VERDICTS = {
  improved: 'Meaningful improvement',
  worsened: 'Meaningfully worse',
  within_threshold: 'Less than meaningful',
} as const;

/** Each measure's first and latest value side by side, with the change and whether it is meaningful. */
export function BaselineVsLatest({ trends }: { trends: readonly MeasureTrend[] }) {
  return (
    <table className="outcomes-table">
      <caption>Baseline and latest</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">Baseline</th>
          <th scope="col">Latest</th>
          <th scope="col">Change</th>
          <th scope="col">Against the meaningful change</th>
        </tr>
      </thead>
      <tbody>
        {trends.map((trend) => {
          const baseline = trend.points[0]!;
          const latest = trend.points.at(-1)!;
          const better = improvementSince(baseline.value, latest.value, trend.lowerIsBetter);
          return (
            <tr key={trend.key}>
              <th scope="row">
                {trend.label}
                {trend.forPhysician && (
                  <span className="outcomes-table__physician"> (for the physician)</span>
                )}
              </th>
              <td>
                {formatScore(baseline.value)} <span className="outcomes-table__when">{baseline.label}</span>
              </td>
              <td>
                {formatScore(latest.value)} <span className="outcomes-table__when">{latest.label}</span>
              </td>
              <td>
                {trend.points.length < 2
                  ? '—'
                  : `${formatChange(latest.value - baseline.value)} (${better > 0 ? 'better' : better < 0 ? 'worse' : 'no change'})`}
              </td>
              <td>
                {trend.threshold === null
                  ? 'No agreed threshold'
                  : `${trend.points.length < 2 ? 'Only a baseline so far' : VERDICTS[latest.change]} (≥ ${formatScore(trend.threshold)})`}
                {/* Where the threshold comes from, so a therapist can defend the verdict. */}
                <span className="outcomes-table__when"> {trend.meaningfulChange.source}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
