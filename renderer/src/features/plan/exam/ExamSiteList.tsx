import { describeAlgometer, type AlgometerUnit } from '../../../../../shared/domain/algometer-units';
import type { FindingBody } from '../../../../../shared/domain/plan/findings';
import {
  TENDER_POINT_EXAM_ORDER,
  tenderPointResults,
  tenderPointSite,
  type TenderPoint,
} from '../../../../../shared/domain/plan/tender-points';

/** "painful, pain began at 3.2 kg/cm²": a site's result as the exam shows it. */
export function describeResult(result: Pick<TenderPoint, 'painful' | 'algometerKgCm2'>, unit: AlgometerUnit) {
  const answer = result.painful ? 'painful' : 'not painful';
  return result.algometerKgCm2 === null
    ? answer
    : `${answer}, pain began at ${describeAlgometer(result.algometerKgCm2, unit)}`;
}

/** The 18 sites in exam order with this session's results; any one can be gone back to and re-done. */
export function ExamSiteList({
  findings,
  step,
  unit,
  onGoTo,
}: {
  findings: readonly FindingBody[];
  step: number;
  unit: AlgometerUnit;
  onGoTo: (step: number) => void;
}) {
  const results = tenderPointResults(findings);
  return (
    <ol className="tp-exam__sites" aria-label="Sites in exam order">
      {TENDER_POINT_EXAM_ORDER.map((siteId, index) => {
        const result = results.get(siteId);
        const state = result ? (result.painful ? 'painful' : 'not-painful') : 'untested';
        return (
          <li key={siteId} className={`tp-exam__entry tp-exam__entry--${state}`}>
            <button
              type="button"
              aria-current={index === step ? 'step' : undefined}
              onClick={() => onGoTo(index)}
            >
              {tenderPointSite(siteId)?.name}: {result ? describeResult(result, unit) : 'not examined'}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
