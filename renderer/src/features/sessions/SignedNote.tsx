import { Fragment, useState, type FormEvent } from 'react';
import { describeRegions } from '../../../../shared/domain/plan/body-places';
import type { Session } from '../../../../shared/domain/session';
import { call } from '../../api/client';
import { formatStamp } from '../../ui/format';
import { TextArea } from '../../ui/TextArea';
import { failureMessages } from '../../ui/validate';

const PARTS: [keyof Session, string][] = [
  ['subjective', 'Subjective'],
  ['objective', 'Objective'],
  ['assessment', 'Assessment'],
  ['plan', 'Plan'],
  ['response', 'Response'],
  ['homeCare', 'Home care'],
];

/** A signed note, read-only for good, with its addenda under it and a form to add one. */
export function SignedNote({ session }: { session: Session }) {
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await call('addenda.add', { sessionId: session.id, body });
      setBody('');
      setErrors({});
    } catch (error) {
      setErrors(failureMessages(error));
    }
  }
  return (
    <>
      <p className="signed">
        <strong>Signed and locked.</strong> Signed by {session.signedBy} on {formatStamp(session.signedAt!)};
        corrections are added below as addenda.
      </p>
      <dl className="facts">
        <dt>Duration</dt>
        <dd>
          {session.actualMinutes ?? '—'} of {session.plannedMinutes} planned minutes
        </dd>
        <dt>Pain before / after</dt>
        <dd>
          {session.painBefore ?? '—'} / {session.painAfter ?? '—'} (0–10)
        </dd>
        <dt>Soreness since last session</dt>
        <dd>
          {session.soreness ?? 'not recorded'}
          {session.flare && ', flare reported'}
          {session.sorenessRegions.length > 0 && ` (${describeRegions(session.sorenessRegions)})`}
        </dd>
        {PARTS.map(([key, label]) => (
          <Fragment key={key}>
            <dt>{label}</dt>
            <dd className="prose">{String(session[key] || '—')}</dd>
          </Fragment>
        ))}
      </dl>
      <section className="panel" aria-labelledby="addenda-heading">
        <h2 id="addenda-heading">Addenda</h2>
        {session.addenda.length === 0 ? (
          <p className="empty">No addenda.</p>
        ) : (
          <ol className="addenda" aria-label="Addenda">
            {session.addenda.map((addendum) => (
              <li key={addendum.id}>
                <p className="prose">{addendum.body}</p>
                <p className="addenda__meta">
                  {addendum.author}, {formatStamp(addendum.createdAt)}
                </p>
              </li>
            ))}
          </ol>
        )}
        <form onSubmit={submit} noValidate aria-label="Add an addendum">
          <TextArea label="Addendum" value={body} error={errors.body ?? errors['']} onChange={setBody} />
          <button className="button button--primary" type="submit">
            Add addendum
          </button>
        </form>
      </section>
    </>
  );
}
