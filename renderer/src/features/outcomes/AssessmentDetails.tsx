import type { Assessment } from '../../../../shared/domain/outcomes/assessment';
import {
  FOR_PHYSICIAN,
  fibromyalgiaMeasures,
} from '../../../../shared/domain/outcomes/fibromyalgia-criteria';
import { FIQR_DOMAINS, scoreFiqr, type FiqrDomain } from '../../../../shared/domain/outcomes/fiqr';
import { symptomSeverityScore } from '../../../../shared/domain/outcomes/symptom-severity';
import { WPI_AREAS, WPI_AREA_FACTS } from '../../../../shared/domain/outcomes/widespread-pain';
import { isPoorSleep } from '../../../../shared/domain/outcomes/measures';
import { formatScore } from './format';

const DOMAINS: FiqrDomain[] = ['function', 'overall', 'symptoms'];
const orDash = (value: number | null) => (value === null ? '—' : String(value));

/** What was entered at one assessment, in enough detail to share with the client's physician. */
export function AssessmentDetails({ assessment }: { assessment: Assessment }) {
  const fiqr = assessment.fiqr ? scoreFiqr(assessment.fiqr) : null;
  const wpiAndSss =
    assessment.wpiAreas && assessment.sss
      ? fibromyalgiaMeasures(assessment.wpiAreas, symptomSeverityScore(assessment.sss))
      : null;
  return (
    <dl className="measure__summary">
      {fiqr && (
        <>
          <dt>FIQR</dt>
          <dd>
            {fiqr.complete ? `${formatScore(fiqr.total)} of 100 (${fiqr.band.label.toLowerCase()}): ` : ''}
            {DOMAINS.map((domain) => {
              const { score, answered } = fiqr.domains[domain];
              const facts = FIQR_DOMAINS[domain];
              return `${facts.label.toLowerCase()} ${score === null ? '—' : formatScore(score)} of ${facts.max} (${answered} of ${facts.items} answered)`;
            }).join(', ')}
          </dd>
        </>
      )}
      {assessment.pain && (
        <>
          <dt>Pain NRS</dt>
          <dd>
            now {orDash(assessment.pain.current)}, worst {orDash(assessment.pain.worst)}, least{' '}
            {orDash(assessment.pain.least)} (past week)
          </dd>
        </>
      )}
      {assessment.sleepQuality !== null && (
        <>
          <dt>Sleep quality NRS</dt>
          <dd>{assessment.sleepQuality} (0 slept very well, 10 very badly)</dd>
        </>
      )}
      {assessment.psqi !== null && (
        <>
          <dt>PSQI global</dt>
          <dd>
            {assessment.psqi} of 21 ({isPoorSleep(assessment.psqi) ? 'poor sleep' : 'good sleep'})
          </dd>
        </>
      )}
      {wpiAndSss && assessment.wpiAreas && (
        <>
          <dt>WPI and SSS</dt>
          <dd>
            WPI {wpiAndSss.wpi} (
            {assessment.wpiAreas.length === 0
              ? 'no painful area'
              : WPI_AREAS.filter((area) => assessment.wpiAreas!.includes(area))
                  .map((area) => WPI_AREA_FACTS[area].label)
                  .join('; ')}
            ), SSS {wpiAndSss.sss}, sum {wpiAndSss.severity} ({wpiAndSss.severityBand.label}, Wolfe 2015);
            2016 threshold {wpiAndSss.thresholdMet ? 'met' : 'not met'}, generalized pain{' '}
            {wpiAndSss.generalizedPain.present ? 'present' : 'absent'}. {FOR_PHYSICIAN}.
          </dd>
        </>
      )}
      {assessment.tenderPoints !== null && (
        <>
          <dt>Tender points</dt>
          <dd>{assessment.tenderPoints} of 18 (for the client’s physician)</dd>
        </>
      )}
      {assessment.otherInstruments.map((other) => (
        <div key={other.instrument} className="measure__summary-pair">
          <dt>{other.instrument}</dt>
          <dd>
            {formatScore(other.score)} ({other.higherIsBetter ? 'higher' : 'lower'} is better)
          </dd>
        </div>
      ))}
    </dl>
  );
}
