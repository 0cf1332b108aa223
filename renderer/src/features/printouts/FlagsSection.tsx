import type { PrintFlag } from '../../../../shared/domain/printout';
import { printedMoment } from './format';

/** The warnings the therapist saw and acknowledged before starting, kept on the record. */
export function FlagsSection({ flags }: { flags: readonly PrintFlag[] }) {
  return (
    <section className="print-section" aria-labelledby="flags-heading">
      <h2 id="flags-heading">Flags acknowledged before the session</h2>
      {flags.length === 0 ? (
        <p className="print-muted">No flags were raised for this plan.</p>
      ) : (
        <ul className="print-flags">
          {flags.map((flag, index) => (
            <li key={index}>
              <span className="print-flags__mark" aria-hidden="true">
                ⚠
              </span>
              {flag.message}
              <span className="print-muted"> · acknowledged {printedMoment(flag.acknowledgedAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
