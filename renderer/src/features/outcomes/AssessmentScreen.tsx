import { useState, type FormEvent } from 'react';
import { clientDisplayName } from '../../../../shared/domain/client';
import { calendarDateOf } from '../../../../shared/domain/dates';
import { AssessmentInput, assessmentRuleIssues } from '../../../../shared/domain/outcomes/assessment';
import type { WpiArea } from '../../../../shared/domain/outcomes/widespread-pain';
import { call } from '../../api/client';
import { useCallQuery } from '../../api/queries';
import { navigate } from '../../navigation/navigate';
import { hrefFor } from '../../navigation/routes';
import { TextField } from '../../ui/TextField';
import { failureMessages, validate } from '../../ui/validate';
import { draftToInput, emptyDraft, type AssessmentDraft } from './assessmentDraft';
import { FibromyalgiaFields } from './FibromyalgiaFields';
import { FiqrFields } from './FiqrFields';
import { OtherMeasuresFields } from './OtherMeasuresFields';
import { PainSleepFields } from './PainSleepFields';
import './outcomes.css';

interface AssessmentScreenProps {
  clientId: string;
  courseId: string;
  /** The course's scheduled assessment this fulfils; null for an extra one between them. */
  position: number | null;
  /** WPI areas derived from the client's painted pain map, to start the WPI from (confirmed by the therapist). */
  painMapAreas?: readonly WpiArea[];
}

/** Records one assessment: any of FIQR, pain and sleep, WPI and SSS, tender points and other instruments. */
export function AssessmentScreen({ clientId, courseId, position, painMapAreas }: AssessmentScreenProps) {
  const today = calendarDateOf(new Date());
  const [draft, setDraft] = useState<AssessmentDraft>(() => emptyDraft({ today, painMapAreas }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const client = useCallQuery('clients.get', { id: clientId });
  const courses = useCallQuery('courses.list', { clientId });

  const course = courses.state === 'ready' ? courses.value.find((item) => item.id === courseId) : undefined;
  const point = position === null ? undefined : course?.assessments[position];
  const change = (part: Partial<AssessmentDraft>) => setDraft((current) => ({ ...current, ...part }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(
      AssessmentInput,
      draftToInput(draft, { clientId, courseId, coursePosition: position }),
      (value) => assessmentRuleIssues(value, today),
    );
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await call('assessments.record', checked.value);
      navigate({ place: 'client', clientId });
    } catch (error) {
      setErrors(failureMessages(error));
    } finally {
      setSaving(false);
    }
  }

  const name = client.state === 'ready' ? clientDisplayName(client.value) : 'client';
  return (
    <section className="screen screen--wide" aria-labelledby="assessment-heading">
      <header className="screen__header">
        <div>
          <h1 id="assessment-heading">
            {point ? `${point.label} assessment` : 'Assessment'} for {name}
          </h1>
          {course && (
            <p className="field__hint">
              {course.name}
              {point && `, due ${point.dueDate}`}
            </p>
          )}
        </div>
      </header>
      <form className="form form--wide" onSubmit={submit} noValidate aria-labelledby="assessment-heading">
        <TextField
          label="Date taken"
          type="date"
          value={draft.takenOn}
          error={errors.takenOn}
          onChange={(value) => change({ takenOn: value })}
        />
        <FiqrFields answers={draft.fiqr} errors={errors} onChange={(fiqr) => change({ fiqr })} />
        <PainSleepFields draft={draft} errors={errors} onChange={change} />
        <FibromyalgiaFields
          draft={draft}
          prefilledFromPainMap={(painMapAreas?.length ?? 0) > 0}
          onChange={change}
        />
        <OtherMeasuresFields draft={draft} errors={errors} onChange={change} />
        {errors[''] && <p role="alert">Could not save: {errors['']}</p>}
        {Object.keys(errors).length > 0 && !errors[''] && (
          <p className="field__error" role="alert">
            Some entries need attention: see the messages above.
          </p>
        )}
        <div className="form__actions">
          <button className="button button--primary" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save assessment'}
          </button>
          <a className="button" href={hrefFor({ place: 'client', clientId })}>
            Cancel
          </a>
        </div>
      </form>
    </section>
  );
}
