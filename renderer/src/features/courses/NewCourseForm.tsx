import { useState, type FormEvent } from 'react';
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
import { failureMessages, validate } from '../../ui/validate';
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
  const [draft, setDraft] = useState<CourseDraft>({
    templateId: '',
    name: '',
    startDate: calendarDateOf(new Date()),
    sessionTime: '10:00',
    sessionCount: '',
    intervalDays: '7',
    sessionMinutes: '60',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const template = templates.find((item) => item.id === draft.templateId);
  const input = {
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
  const checked = validate(CourseInput, input, assessmentRuleIssues);
  const field = (name: keyof CourseDraft) => ({
    value: draft[name],
    error: errors[name],
    onChange: (value: string) => setDraft((current) => ({ ...current, [name]: value })),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    try {
      await call('courses.create', input);
      navigate({ place: 'client', clientId });
    } catch (error) {
      setErrors(failureMessages(error));
    }
  }

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
        onChange={(id) =>
          setDraft((current) =>
            fromTemplate(
              templates.find((item) => item.id === id),
              current,
            ),
          )
        }
      />
      <TextField label="Course name" {...field('name')} />
      <div className="form__row">
        <TextField label="First session on" type="date" {...field('startDate')} />
        <TextField label="At" type="time" {...field('sessionTime')} />
      </div>
      <ScheduleFields field={field} />
      {checked.ok && (
        <div className="preview" aria-label="Course preview">
          <p>
            {input.sessionCount === null
              ? 'Plans the first session; add the next ones as you go.'
              : `Plans ${plannedSessionDates(checked.value).length} sessions, the last on ${plannedSessionDates(checked.value).at(-1)}.`}
          </p>
          {checked.value.assessments.length > 0 && (
            <ul className="plain-list">
              {scheduleAssessments(checked.value, checked.value.assessments).map((assessment) => (
                <li key={assessment.label}>
                  {assessment.label}: {assessment.dueDate}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {errors[''] && <p role="alert">{errors['']}</p>}
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
