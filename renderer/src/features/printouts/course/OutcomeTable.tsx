import type { OutcomeVerdict, PrintedOutcome } from '../../../../../shared/domain/printouts/course';
import { VERDICTS } from '../../outcomes/BaselineVsLatest';
import { formatChange, formatScore } from '../../outcomes/format';
import { printedDate } from '../format';

const VERDICT_WORDS: Record<OutcomeVerdict, string> = {
  ...VERDICTS,
  baseline_only: 'Only a baseline so far',
  no_threshold: 'No agreed threshold',
};

/** Each measure's baseline and latest value, the change, and the verdict against its meaningful change. */
export function OutcomeTable({ outcomes }: { outcomes: readonly PrintedOutcome[] }) {
  if (outcomes.length === 0) return <p className="print-muted">No measures recorded yet.</p>;
  return (
    <table className="print-table print-outcomes">
      <caption className="visually-hidden">Measures at baseline and now</caption>
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
        {outcomes.map((outcome) => (
          <tr key={outcome.key}>
            <th scope="row">
              {outcome.label} <span className="print-muted">({outcome.unit})</span>
            </th>
            <td>
              {formatScore(outcome.baseline.value)}
              <span className="print-outcomes__when">{printedDate(outcome.baseline.date)}</span>
            </td>
            <td>
              {formatScore(outcome.latest.value)}
              <span className="print-outcomes__when">{printedDate(outcome.latest.date)}</span>
            </td>
            <td>
              {outcome.points.length < 2 ? '—' : formatChange(outcome.latest.value - outcome.baseline.value)}
            </td>
            <td>
              {VERDICT_WORDS[outcome.verdict]}
              {outcome.threshold !== null && ` (≥ ${formatScore(outcome.threshold)})`}
              <span className="print-outcomes__when">{outcome.thresholdSource}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
