import type { PrintFlag } from '../../../../shared/domain/printout';
import { printedMoment } from './format';

/**
 * The safety record: every flag the plan raises, with who acknowledged it and when. A flag nobody
 * acknowledged says so, so the sheet never reads as if there was nothing to see.
 */
export function FlagsSection({ flags }: { flags: readonly PrintFlag[] }) {
  return (
    <section className="print-section" aria-labelledby="flags-heading">
      <h2 id="flags-heading">Flags and their acknowledgement</h2>
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
              {flag.acknowledged ? (
                <span className="print-muted">
                  {' '}
                  · acknowledged by {flag.acknowledged.by}, {printedMoment(flag.acknowledged.at)}
                </span>
              ) : (
                <strong> · not reviewed</strong>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
