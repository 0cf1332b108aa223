import type { MeasureTrend } from '../../../../shared/api/outcomes';
import { formatScore } from './format';

/** Says, with the numbers, which measures have given back more than half of what the course achieved. */
export function TaperAlerts({ trends }: { trends: readonly MeasureTrend[] }) {
  const tapered = trends.filter((trend) => trend.taper !== null);
  if (tapered.length === 0) return null;
  return (
    <div className="taper-alert" role="status">
      <p className="taper-alert__title">
        <span aria-hidden="true">▼ </span>Improvement tapering off: consider follow-up or maintenance sessions
      </p>
      <ul>
        {tapered.map(({ key, label, taper }) => (
          <li key={key}>
            <strong>{label}</strong>: {formatScore(taper!.baseline)} at baseline,{' '}
            {formatScore(taper!.endOfCourse)} at the end of the course (improved by{' '}
            {formatScore(taper!.improvement)}), {formatScore(taper!.followUp)} at the{' '}
            {taper!.followUpLabel.toLowerCase()}: {formatScore(taper!.lost)} of{' '}
            {formatScore(taper!.improvement)} lost ({Math.round(taper!.lostShare * 100)}%).
          </li>
        ))}
      </ul>
    </div>
  );
}
