import type { PrintFinding, Printout } from '../../../../shared/domain/printout';

function FindingList({
  title,
  findings,
  empty,
}: {
  title: string;
  findings: readonly PrintFinding[];
  empty: string;
}) {
  return (
    <div className="print-findings__group">
      <h3>{title}</h3>
      {findings.length === 0 ? (
        <p className="print-muted">{empty}</p>
      ) : (
        <ul className="print-findings__list">
          {findings.map((finding, index) => (
            <li key={index}>
              <strong>{finding.structure}</strong> — {finding.detail}
              {finding.note && <span className="print-muted"> · {finding.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** What the therapist found: trigger points, adhesions and the tender-point count. */
export function FindingsSection({ printout }: { printout: Printout }) {
  return (
    <section className="print-section print-findings" aria-labelledby="findings-heading">
      <h2 id="findings-heading">Findings</h2>
      <div className="print-findings__columns">
        <FindingList title="Trigger points" findings={printout.triggerPoints} empty="None recorded." />
        <FindingList
          title="Adhesions and restrictions"
          findings={printout.adhesions}
          empty="None recorded."
        />
      </div>
      <dl className="print-facts print-facts--inline">
        <div>
          <dt>Tender points (ACR 1990, for the client’s physician)</dt>
          <dd>{printout.tenderPoints ?? 'Not examined'}</dd>
        </div>
      </dl>
    </section>
  );
}
