import { FINDING_KINDS, FINDING_LABELS } from '../../../../shared/domain/plan/findings';
import {
  TENDER_POINT_COUNT_LABEL,
  contradictedTenderPoints,
  describeContradictions,
  describeTenderPointCount,
  tenderPointCount,
} from '../../../../shared/domain/plan/tender-points';
import { CARRY_LABELS, carryView } from './carryStatus';
import { describeFinding } from './describe';
import { usePlanStore } from './planStore';

/** Findings, newest last, in step with the model: selecting one here selects it there. */
export function FindingList() {
  const plan = usePlanStore((s) => s.plan)!;
  const previous = usePlanStore((s) => s.previous);
  const selection = usePlanStore((s) => s.selection);
  const select = usePlanStore((s) => s.select);
  const carry = carryView(plan, previous);
  const listed = plan.findings.filter((finding) => finding.body.kind !== 'tender_point');
  const count = tenderPointCount(plan.findings.map((finding) => finding.body));
  const contradictions = describeContradictions(
    contradictedTenderPoints(plan.findings.map((finding) => finding.body)),
  );
  const order = (kind: string) => FINDING_KINDS.indexOf(kind as never);

  return (
    <section className="plan-panel" aria-labelledby="plan-findings-heading">
      <h2 id="plan-findings-heading">Findings</h2>
      {listed.length === 0 && <p className="plan-empty">No findings yet: use the tools over the model.</p>}
      <ul className="plan-items">
        {[...listed]
          .sort((a, b) => order(a.body.kind) - order(b.body.kind))
          .map((finding) => {
            const selected = selection?.type === 'finding' && selection.id === finding.id;
            const status = carry?.status.get(finding.id);
            return (
              <li key={finding.id} className={selected ? 'plan-item plan-item--selected' : 'plan-item'}>
                <button
                  type="button"
                  className="plan-item__main"
                  aria-pressed={selected}
                  onClick={() => select({ type: 'finding', id: finding.id })}
                >
                  <span
                    className={`plan-item__symbol plan-item__symbol--${symbolOf(finding.body)}`}
                    aria-hidden="true"
                  />
                  <span>{describeFinding(finding.body)}</span>
                  {status && <span className={`carry carry--${status}`}>{CARRY_LABELS[status]}</span>}
                </button>
              </li>
            );
          })}
      </ul>
      {carry && carry.resolvedFindings.length > 0 && (
        <div className="resolved">
          <h3>{CARRY_LABELS.resolved} since last session</h3>
          <ul>
            {carry.resolvedFindings.map((finding) => (
              <li key={finding.id}>{describeFinding(finding.body)}</li>
            ))}
          </ul>
        </div>
      )}
      {count.tested > 0 && (
        <p className="tender-count">
          {FINDING_LABELS.tender_point}s: <strong>{describeTenderPointCount(count)}</strong>
          <br />
          <small>{TENDER_POINT_COUNT_LABEL}</small>
        </p>
      )}
      {contradictions && (
        <p className="tender-count tender-count--check" role="status">
          {contradictions}
        </p>
      )}
    </section>
  );
}

function symbolOf(body: { kind: string; state?: string }): string {
  return body.kind === 'trigger_point' ? `trigger-point-${body.state}` : body.kind.replace('_', '-');
}
