import type { Printout } from '../../../../shared/domain/printout';
import { printedMoment } from './format';

/** The note's parts in the order the note form asks them, SOAP first. */
const NOTE_PARTS = [
  ['subjective', 'Subjective'],
  ['objective', 'Objective'],
  ['assessment', 'Assessment'],
  ['plan', 'Plan'],
  ['response', 'Response to treatment'],
  ['homeCare', 'Home care'],
] as const;

/**
 * The whole note: SOAP, the response and the home care given, the soreness reported since the
 * last session, and the addenda. Notes are plain paragraphs that may break across pages, so a long
 * note flows on instead of being cut or shrunk.
 */
export function NotesSection({ session }: { session: Printout['session'] }) {
  const parts = NOTE_PARTS.filter(([key]) => session[key].trim());
  return (
    <section className="print-section" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Session notes (SOAP)</h2>
      <dl className="print-facts">
        <div>
          <dt>Soreness since the last session</dt>
          <dd>{session.sorenessReport ?? 'Not recorded'}</dd>
        </div>
      </dl>
      {parts.length === 0 && <p className="print-muted">No notes were written for this session.</p>}
      {parts.map(([key, label]) => (
        <div className="print-note" key={key}>
          <h3>{label}</h3>
          <p className="print-note__text">{session[key]}</p>
        </div>
      ))}
      {session.addenda.length > 0 && (
        <div className="print-addenda">
          <h3>Addenda</h3>
          <ol>
            {session.addenda.map((addendum) => (
              <li key={addendum.createdAt + addendum.author}>
                <p className="print-note__text">{addendum.body}</p>
                <p className="print-muted">
                  {addendum.author}, {printedMoment(addendum.createdAt)}
                </p>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
