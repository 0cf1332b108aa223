import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { calendarDateOf } from '../../../../shared/domain/dates';
import {
  CourseInput,
  assessmentRuleIssues,
  plannedSessionDates,
  scheduleAssessments,
  type ProtocolTemplate,
} from '../../../../shared/domain/course';
import { call } from '../../api/client';
import { useCallQuery } from '../../api/queries';
import { navigate } from '../../navigation/navigate';
import { hrefFor } from '../../navigation/routes';
import { numberOrNull, requiredNumber } from '../../ui/numbers';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { showFailure } from '../../ui/form/failure';
import { formSchema } from '../../ui/form/formSchema';
import { FormField } from '../../ui/form/FormField';
import { ClientHeader } from '../clients/ClientHeader';
import { ScheduleFields } from './ScheduleFields';

interface CourseDraft {
  templateId: string;
  name: string;
  startDate: string;
  sessionTime: string;
  sessionCount: string;
  intervalDays: string;
  sessionMinutes: string;
}

function fromTemplate(template: ProtocolTemplate | undefined, current: CourseDraft): CourseDraft {
  if (!template) return { ...current, templateId: '' };
  return {
    ...current,
    templateId: template.id,
    name: template.name,
    sessionCount: template.sessionCount === null ? '' : String(template.sessionCount),
    intervalDays: String(template.intervalDays),
    sessionMinutes: String(template.sessionMinutes),
  };
}

export function NewCourseForm({ clientId }: { clientId: string }) {
  const client = useCallQuery('clients.get', { id: clientId });
  const templates = useCallQuery('templates.list', {});
  if (client.state === 'failed' || templates.state === 'failed') {
    return (
      <p className="screen" role="alert">
        Could not load the client or the protocols.
      </p>
    );
  }
  if (client.state !== 'ready' || templates.state !== 'ready') return <p className="screen">Loading…</p>;
  return (
    <section className="screen">
      <ClientHeader client={client.value} title="Start a treatment course" />
      <CourseForm clientId={clientId} templates={templates.value} />
    </section>
  );
}

function CourseForm({ clientId, templates }: { clientId: string; templates: ProtocolTemplate[] }) {
  const schema = useMemo(
    () =>
      formSchema(
        (draft: CourseDraft) => {
          const template = templates.find((item) => item.id === draft.templateId);
          return {
            clientId,
            templateId: template?.id ?? null,
            name: draft.name,
            startDate: draft.startDate,
            sessionTime: draft.sessionTime,
            sessionCount: numberOrNull(draft.sessionCount),
            intervalDays: requiredNumber(draft.intervalDays),
            sessionMinutes: requiredNumber(draft.sessionMinutes),
            assessments: template?.assessments ?? [],
          };
        },
        CourseInput,
        assessmentRuleIssues,
      ),
    [clientId, templates],
  );
  const { control, handleSubmit, setError, setValue, getValues, formState } = useForm<
    CourseDraft,
    unknown,
    z.output<typeof CourseInput>
  >({
    defaultValues: {
      templateId: '',
      name: '',
      startDate: calendarDateOf(new Date()),
      sessionTime: '10:00',
      sessionCount: '',
      intervalDays: '7',
      sessionMinutes: '60',
    },
    resolver: zodResolver(schema),
  });
  const draft = useWatch({ control }) as CourseDraft;
  const template = templates.find((item) => item.id === draft.templateId);
  // The preview follows every keystroke, read by the same schema as the submit.
  const checked = schema.safeParse(draft);

  function chooseTemplate(id: string) {
    const chosen = fromTemplate(
      templates.find((item) => item.id === id),
      getValues(),
    );
    for (const [name, value] of Object.entries(chosen)) setValue(name as keyof CourseDraft, value);
  }

  const submit = handleSubmit(async (input) => {
    try {
      await call('courses.create', input);
      navigate({ place: 'client', clientId });
    } catch (error) {
      showFailure(setError, error);
    }
  });

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="New course">
      <Select
        label="Protocol"
        value={draft.templateId}
        options={[
          { value: '', label: 'From scratch' },
          ...templates.map((item) => ({ value: item.id, label: item.name })),
        ]}
        hint={template?.description}
        onChange={chooseTemplate}
      />
      <FormField as={TextField} control={control} name="name" label="Course name" />
      <div className="form__row">
        <FormField as={TextField} control={control} name="startDate" label="First session on" type="date" />
        <FormField as={TextField} control={control} name="sessionTime" label="At" type="time" />
      </div>
      <ScheduleFields control={control} />
      {checked.success && (
        <div className="preview" aria-label="Course preview">
          <p>
            {checked.data.sessionCount === null
              ? 'Plans the first session; add the next ones as you go.'
              : `Plans ${plannedSessionDates(checked.data).length} sessions, the last on ${plannedSessionDates(checked.data).at(-1)}.`}
          </p>
          {checked.data.assessments.length > 0 && (
            <ul className="plain-list">
              {scheduleAssessments(checked.data, checked.data.assessments).map((assessment) => (
                <li key={assessment.label}>
                  {assessment.label}: {assessment.dueDate}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {formState.errors.root && <p role="alert">{formState.errors.root.message}</p>}
      <div className="form__actions">
        <button className="button button--primary" type="submit">
          Start course
        </button>
        <a className="button" href={hrefFor({ place: 'client', clientId })}>
          Cancel
        </a>
      </div>
    </form>
  );
}
