import { TAKE_HOME_ADVICE } from '../../../../shared/domain/plan/plain-words';
import type { Printout } from '../../../../shared/domain/printout';
import { DocumentHeader } from './DocumentHeader';
import { printedDateTime } from './format';
import { SnapshotsSection } from './SnapshotsSection';
import type { ModelRendering } from './snapshots/SnapshotStage';
import { TrendCharts } from './TrendCharts';

export const TAKE_HOME_TITLE = 'Your session and home care';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface TakeHomeProps {
  printout: Printout;
  rendering: ModelRendering | null;
  problem: string | null;
  /** The therapist ticked the scores in: the client's measures are printed too. */
  includeScores: boolean;
}

/**
 * The client's copy, in plain words and large type: where we worked and what we did (the
 * glossary's words, never the clinic's names for techniques or muscles), how to look after
 * yourself, what you may feel, when to call, when we meet again. No clinical codes or scores
 * unless the therapist ticks them in.
 */
export function TakeHomeSheet({ printout, rendering, problem, includeScores }: TakeHomeProps) {
  const { session } = printout;
  return (
    <div className="print-take-home">
      <DocumentHeader printout={printout} title={TAKE_HOME_TITLE} plain />
      <SnapshotsSection
        title="Where we worked today"
        images={rendering?.images ?? null}
        renders={rendering?.renders ?? null}
        problem={problem}
        legend={['zone']}
        plain
      />
      {printout.takeHomeZones.length > 0 && (
        <ol className="print-worked">
          {printout.takeHomeZones.map((zone) => (
            <li key={zone.order}>
              <span className="print-worked__place">{capitalised(zone.place)}</span>: {zone.technique}
            </li>
          ))}
        </ol>
      )}
      <section className="print-section" aria-labelledby="home-care-heading">
        <h2 id="home-care-heading">Looking after yourself at home</h2>
        {session.homeCare.trim() ? (
          <p className="print-note__text">{session.homeCare}</p>
        ) : (
          <p>{TAKE_HOME_ADVICE.noHomeCare}</p>
        )}
      </section>
      <section className="print-section" aria-labelledby="soreness-heading">
        <h2 id="soreness-heading">What you may feel</h2>
        <p>{TAKE_HOME_ADVICE.soreness}</p>
      </section>
      <section className="print-section" aria-labelledby="call-heading">
        <h2 id="call-heading">When to call the clinic</h2>
        <p>{TAKE_HOME_ADVICE.whenToCall}</p>
        {printout.clinic.clinicPhone && (
          <p className="print-next__when">
            {printout.clinic.clinicName || 'The clinic'}: {printout.clinic.clinicPhone}
          </p>
        )}
      </section>
      <section className="print-section print-next" aria-labelledby="next-heading">
        <h2 id="next-heading">Your next appointment</h2>
        <p className="print-next__when">
          {printout.nextAppointment
            ? printedDateTime(printout.nextAppointment)
            : 'Not booked yet: call the clinic when you are ready to book.'}
        </p>
      </section>
      {includeScores && (
        <section className="print-section print-section--keep" aria-labelledby="measures-heading">
          <h2 id="measures-heading">Your measures so far</h2>
          <p>
            Pain before the session: {session.painBefore ?? 'not asked'}; after:{' '}
            {session.painAfter ?? 'not asked'} (0 is no pain, 10 the worst imaginable).
          </p>
          <TrendCharts trends={printout.trends} />
        </section>
      )}
    </div>
  );
}
