import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { calendarDateOf } from '../../../../shared/domain/dates';
import type { Assessment, AssessmentInput } from '../../../../shared/domain/outcomes/assessment';
import { call } from '../../api/client';
import { useCallQuery } from '../../api/queries';
import { navigate } from '../../navigation/navigate';
import { hrefFor } from '../../navigation/routes';
import { showFailure } from '../../ui/form/failure';
import {
  assessmentField,
  assessmentSchema,
  valuesFromAssessment,
  type AssessmentValues,
} from './assessmentForm';
import { AssessmentFields } from './AssessmentFields';
import { FormProblems } from './FormProblems';
import { ReasonField, reasonProblem } from './ReasonField';
import './outcomes.css';

/** Puts right an assessment entered wrongly: the same fields as when it was recorded, and a reason. */
export function AssessmentCorrectionScreen({
  clientId,
  assessmentId,
}: {
  clientId: string;
  assessmentId: string;
}) {
  const assessments = useCallQuery('assessments.list', { clientId });
  if (assessments.state === 'loading') return <p className="screen">Loading…</p>;
  if (assessments.state === 'failed')
    return <p role="alert">Could not load the assessment: {assessments.message}</p>;
  const assessment = assessments.value.find((item) => item.id === assessmentId);
  if (!assessment) return <p role="alert">This assessment is no longer recorded.</p>;
  return <CorrectionForm assessment={assessment} />;
}

function CorrectionForm({ assessment }: { assessment: Assessment }) {
  const today = useMemo(() => calendarDateOf(new Date()), []);
  const { clientId, courseId, coursePosition } = assessment;
  const schema = useMemo(
    () => assessmentSchema(today, { clientId, courseId, coursePosition }),
    [today, clientId, courseId, coursePosition],
  );
  const { control, handleSubmit, setError, formState } = useForm<
    AssessmentValues,
    unknown,
    z.output<typeof AssessmentInput>
  >({ defaultValues: valuesFromAssessment(assessment), resolver: zodResolver(schema) });
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();

  const submit = handleSubmit(async ({ clientId: _client, courseId: _course, ...corrected }) => {
    const problem = reasonProblem(reason);
    setReasonError(problem);
    if (problem) return;
    try {
      await call('assessments.correct', { id: assessment.id, reason, ...corrected });
      navigate({ place: 'client', clientId: assessment.clientId });
    } catch (error) {
      showFailure(setError, error, assessmentField);
    }
  });

  return (
    <section className="screen screen--wide" aria-labelledby="correction-heading">
      <header className="screen__header">
        <h1 id="correction-heading">Correct the assessment of {assessment.takenOn}</h1>
      </header>
      <form className="form form--wide" onSubmit={submit} noValidate aria-labelledby="correction-heading">
        <AssessmentFields control={control} />
        <ReasonField
          label="Reason for the correction"
          value={reason}
          onChange={setReason}
          error={reasonError}
        />
        <FormProblems errors={formState.errors} />
        <div className="form__actions">
          <button className="button button--primary" type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? 'Saving…' : 'Save correction'}
          </button>
          <a className="button" href={hrefFor({ place: 'client', clientId: assessment.clientId })}>
            Cancel
          </a>
        </div>
      </form>
    </section>
  );
}
