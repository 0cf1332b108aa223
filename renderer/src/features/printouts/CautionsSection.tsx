import type { PrintCaution } from '../../../../shared/domain/printout';

/**
 * Where not to work, or only gently, and why: the caution zones painted in the session and the
 * places the intake names. Listed even when the snapshots draw them, since a reason is words.
 */
export function CautionsSection({ cautions }: { cautions: readonly PrintCaution[] }) {
  return (
    <section className="print-section" aria-labelledby="cautions-heading">
      <h2 id="cautions-heading">Caution and no-touch zones</h2>
      {cautions.length === 0 ? (
        <p className="print-muted">No caution zones or areas to avoid recorded.</p>
      ) : (
        <ul className="print-findings__list">
          {cautions.map((caution, index) => (
            <li key={index}>
              <strong>{caution.where}</strong> — {caution.reason}
              <span className="print-muted">
                {' '}
                · {caution.source}
                {caution.note && `: ${caution.note}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
