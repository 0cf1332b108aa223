import { useState, type FormEvent } from 'react';
import {
  ProtocolTemplateInput,
  assessmentRuleIssues,
  type AssessmentPoint,
  type ProtocolTemplate,
} from '../../../../shared/domain/course';
import { call } from '../../api/client';
import { useCallQuery } from '../../api/queries';
import { numberOrNull, requiredNumber } from '../../ui/numbers';
import { Select } from '../../ui/Select';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { failureMessages, validate } from '../../ui/validate';
import { ScheduleFields } from '../courses/ScheduleFields';

interface TemplateDraft {
  name: string;
  description: string;
  sessionCount: string;
  intervalDays: string;
  sessionMinutes: string;
  assessments: { label: string; anchor: string; months: string }[];
}

const EMPTY: TemplateDraft = {
  name: '',
  description: '',
  sessionCount: '',
  intervalDays: '7',
  sessionMinutes: '60',
  assessments: [],
};

const ANCHORS = [
  { value: 'start', label: 'after the start' },
  { value: 'lastSession', label: 'after the last session' },
];

function draftOf(template: ProtocolTemplate): TemplateDraft {
  return {
    name: template.name,
    description: template.description,
    sessionCount: template.sessionCount === null ? '' : String(template.sessionCount),
    intervalDays: String(template.intervalDays),
    sessionMinutes: String(template.sessionMinutes),
    assessments: template.assessments.map((point) => ({ ...point, months: String(point.months) })),
  };
}

function inputOf(draft: TemplateDraft) {
  return {
    ...draft,
    sessionCount: numberOrNull(draft.sessionCount),
    intervalDays: requiredNumber(draft.intervalDays),
    sessionMinutes: requiredNumber(draft.sessionMinutes),
    assessments: draft.assessments.map((point) => ({
      label: point.label,
      anchor: point.anchor as AssessmentPoint['anchor'],
      months: requiredNumber(point.months),
    })),
  };
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function summary(template: ProtocolTemplate): string {
  const sessions = template.sessionCount === null ? 'Open-ended' : `${template.sessionCount} sessions`;
  return `${sessions}, every ${template.intervalDays} days, ${template.sessionMinutes} minutes; ${plural(template.assessments.length, 'assessment')}`;
}

/** The protocols courses start from: data the clinic edits, not code. */
export function ProtocolTemplates() {
  const templates = useCallQuery('templates.list', {});
  const [editing, setEditing] = useState<ProtocolTemplate | 'new' | null>(null);
  return (
    <section className="panel" aria-labelledby="protocols-heading">
      <div className="panel__header">
        <h2 id="protocols-heading">Treatment protocols</h2>
        {editing === null && (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            New protocol
          </button>
        )}
      </div>
      {templates.state === 'failed' && <p role="alert">{templates.message}</p>}
      {editing !== null ? (
        <TemplateForm template={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
      ) : (
        templates.state === 'ready' && (
          <ul className="cards" aria-label="Protocols">
            {templates.value.map((template) => (
              <li key={template.id} className="card">
                <div className="card__header">
                  <h3>{template.name}</h3>
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={`Edit ${template.name}`}
                    onClick={() => setEditing(template)}
                  >
                    Edit
                  </button>
                </div>
                <p className="card__meta">{summary(template)}</p>
              </li>
            ))}
          </ul>
        )
      )}
    </section>
  );
}

function TemplateForm({ template, onDone }: { template: ProtocolTemplate | null; onDone: () => void }) {
  const [draft, setDraft] = useState<TemplateDraft>(template ? draftOf(template) : EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const field = (name: 'name' | 'sessionCount' | 'intervalDays' | 'sessionMinutes') => ({
    value: draft[name],
    error: errors[name],
    onChange: (value: string) => setDraft((current) => ({ ...current, [name]: value })),
  });
  const setPoint = (index: number, change: Partial<TemplateDraft['assessments'][number]>) =>
    setDraft((current) => ({
      ...current,
      assessments: current.assessments.map((point, at) => (at === index ? { ...point, ...change } : point)),
    }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(ProtocolTemplateInput, inputOf(draft), assessmentRuleIssues);
    if (!checked.ok) return setErrors(checked.errors);
    try {
      if (template) await call('templates.update', { ...checked.value, id: template.id });
      else await call('templates.create', checked.value);
      onDone();
    } catch (error) {
      setErrors(failureMessages(error));
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={template ? `Edit ${template.name}` : 'New protocol'}>
      <TextField label="Protocol name" {...field('name')} />
      <TextArea
        label="Description"
        value={draft.description}
        error={errors.description}
        onChange={(description) => setDraft((current) => ({ ...current, description }))}
      />
      <ScheduleFields field={field} />
      <fieldset className="plain-fieldset">
        <legend>Assessments</legend>
        {draft.assessments.map((point, index) => (
          <div key={index} className="entry-list__row">
            <TextField
              label={`Assessment ${index + 1}`}
              value={point.label}
              error={errors[`assessments.${index}.label`]}
              onChange={(label) => setPoint(index, { label })}
            />
            <TextField
              label={`Months (assessment ${index + 1})`}
              inputMode="numeric"
              value={point.months}
              error={errors[`assessments.${index}.months`]}
              onChange={(months) => setPoint(index, { months })}
            />
            <Select
              label={`Counted from (assessment ${index + 1})`}
              value={point.anchor}
              options={ANCHORS}
              error={errors[`assessments.${index}.anchor`]}
              onChange={(anchor) => setPoint(index, { anchor })}
            />
            <button
              type="button"
              className="button button--quiet"
              aria-label={`Remove assessment ${index + 1}`}
              onClick={() =>
                setDraft((current) => ({
                  ...current,
                  assessments: current.assessments.filter((_, at) => at !== index),
                }))
              }
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() =>
            setDraft((current) => ({
              ...current,
              assessments: [...current.assessments, { label: '', anchor: 'start', months: '0' }],
            }))
          }
        >
          Add assessment
        </button>
      </fieldset>
      {errors[''] && <p role="alert">{errors['']}</p>}
      <div className="form__actions">
        <button className="button button--primary" type="submit">
          Save protocol
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
