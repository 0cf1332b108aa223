import type { Printout } from '../../../../shared/domain/printout';
import { printedMoment } from './format';

/** Where the therapist signs the paper copy; a note signed in FasciaMap says so above the line. */
export function SignatureLine({ printout }: { printout: Printout }) {
  const { session, clinic } = printout;
  return (
    <section className="print-signature" aria-label="Signature">
      {session.signedAt && session.signedBy ? (
        <p>
          Note signed in FasciaMap by {session.signedBy} on {printedMoment(session.signedAt)}.
        </p>
      ) : (
        <p className="print-muted">This note is not signed yet.</p>
      )}
      <div className="print-signature__lines">
        <div className="print-signature__line">
          <span>Therapist{clinic.therapistName ? `: ${clinic.therapistName}` : ''}</span>
        </div>
        <div className="print-signature__line print-signature__line--date">
          <span>Date</span>
        </div>
      </div>
    </section>
  );
}
