import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { clientDisplayName } from '../../../../shared/domain/client';
import { calendarDateOf } from '../../../../shared/domain/dates';
import type { AssessmentInput } from '../../../../shared/domain/outcomes/assessment';
import type { WpiArea } from '../../../../shared/domain/outcomes/widespread-pain';
import { call } from '../../api/client';
import { useCallQuery } from '../../api/queries';
import { navigate } from '../../navigation/navigate';
import { hrefFor } from '../../navigation/routes';
import { showFailure } from '../../ui/form/failure';
import { assessmentField, assessmentSchema, assessmentValues, type AssessmentValues } from './assessmentForm';
import { AssessmentFields } from './AssessmentFields';
import { FormProblems } from './FormProblems';
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
  const today = useMemo(() => calendarDateOf(new Date()), []);
  const schema = useMemo(
    () => assessmentSchema(today, { clientId, courseId, coursePosition: position }),
    [today, clientId, courseId, position],
  );
  const { control, handleSubmit, setError, formState } = useForm<
    AssessmentValues,
    unknown,
    z.output<typeof AssessmentInput>
  >({ defaultValues: assessmentValues({ today, painMapAreas }), resolver: zodResolver(schema) });
  const { errors } = formState;
  const client = useCallQuery('clients.get', { id: clientId });
  const courses = useCallQuery('courses.list', { clientId });

  const course = courses.state === 'ready' ? courses.value.find((item) => item.id === courseId) : undefined;
  const point = position === null ? undefined : course?.assessments[position];

  const submit = handleSubmit(async (input) => {
    try {
      await call('assessments.record', input);
      navigate({ place: 'client', clientId });
    } catch (error) {
      showFailure(setError, error, assessmentField);
    }
  });

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
        <AssessmentFields control={control} painMapAreas={painMapAreas} />
        <FormProblems errors={errors} />
        <div className="form__actions">
          <button className="button button--primary" type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? 'Saving…' : 'Save assessment'}
          </button>
          <a className="button" href={hrefFor({ place: 'client', clientId })}>
            Cancel
          </a>
        </div>
      </form>
    </section>
  );
}
