import type { Printout } from '../../../../shared/domain/printout';
import { DocumentHeader } from './DocumentHeader';
import { printedDateTime } from './format';
import { SnapshotsSection } from './SnapshotsSection';
import type { ModelRendering } from './snapshots/SnapshotStage';
import { TrendCharts } from './TrendCharts';

export const TAKE_HOME_TITLE = 'Your session and home care';

/** Said to every client after myofascial release; the therapist's own advice follows it. */
const AFTER_CARE =
  'It is common to feel a little sore or tired for a day or two after myofascial release. ' +
  'Gentle movement, warmth, water and rest help. If your pain is much worse than usual, or lasts ' +
  'longer than two days, please call the clinic.';

interface TakeHomeProps {
  printout: Printout;
  rendering: ModelRendering | null;
  problem: string | null;
  /** The therapist ticked the scores in: the client's measures are printed too. */
  includeScores: boolean;
}

/**
 * The client's copy, in plain words: where we worked, how to look after yourself, when we meet
 * again. No clinical codes or scores unless the therapist ticks them in.
 */
export function TakeHomeSheet({ printout, rendering, problem, includeScores }: TakeHomeProps) {
  const { session } = printout;
  return (
    <>
      <DocumentHeader printout={printout} title={TAKE_HOME_TITLE} />
      <SnapshotsSection
        title="Where we worked today"
        images={rendering?.images ?? null}
        problem={problem}
        legend={['zone']}
      />
      {printout.zones.length > 0 && (
        <ol className="print-worked">
          {printout.zones.map((zone) => (
            <li key={zone.order}>
              {zone.structure} <span className="print-muted">({zone.technique.toLowerCase()})</span>
            </li>
          ))}
        </ol>
      )}
      <section className="print-section" aria-labelledby="home-care-heading">
        <h2 id="home-care-heading">Looking after yourself at home</h2>
        {session.homeCare.trim() && <p className="print-note__text">{session.homeCare}</p>}
        <p>{AFTER_CARE}</p>
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
    </>
  );
}
