import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
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
import { showFailure } from '../../ui/form/failure';
import { FieldRows } from '../../ui/form/FieldRows';
import { formSchema } from '../../ui/form/formSchema';
import { FormField } from '../../ui/form/FormField';
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

const TemplateValues = formSchema(inputOf, ProtocolTemplateInput, assessmentRuleIssues);

function TemplateForm({ template, onDone }: { template: ProtocolTemplate | null; onDone: () => void }) {
  const { control, handleSubmit, setError, formState } = useForm<
    TemplateDraft,
    unknown,
    z.output<typeof TemplateValues>
  >({ defaultValues: template ? draftOf(template) : EMPTY, resolver: zodResolver(TemplateValues) });

  const submit = handleSubmit(async (input) => {
    try {
      if (template) await call('templates.update', { ...input, id: template.id });
      else await call('templates.create', input);
      onDone();
    } catch (error) {
      showFailure(setError, error);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={template ? `Edit ${template.name}` : 'New protocol'}>
      <FormField as={TextField} control={control} name="name" label="Protocol name" />
      <FormField as={TextArea} control={control} name="description" label="Description" />
      <ScheduleFields control={control} />
      <fieldset className="plain-fieldset">
        <legend>Assessments</legend>
        <FieldRows
          control={control}
          name="assessments"
          noun="Assessment"
          blank={{ label: '', anchor: 'start', months: '0' }}
        >
          {(index) => (
            <>
              <FormField
                as={TextField}
                control={control}
                name={`assessments.${index}.label`}
                label={`Assessment ${index + 1}`}
              />
              <FormField
                as={TextField}
                control={control}
                name={`assessments.${index}.months`}
                label={`Months (assessment ${index + 1})`}
                inputMode="numeric"
              />
              <FormField
                as={Select}
                control={control}
                name={`assessments.${index}.anchor`}
                label={`Counted from (assessment ${index + 1})`}
                options={ANCHORS}
              />
            </>
          )}
        </FieldRows>
      </fieldset>
      {formState.errors.root && <p role="alert">{formState.errors.root.message}</p>}
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
