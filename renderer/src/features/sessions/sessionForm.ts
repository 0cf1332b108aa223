import {
  SessionUpdateInput,
  sessionRuleIssues,
  type Session,
  type SessionDraft,
} from '../../../../shared/domain/session';
import { formSchema } from '../../ui/form/formSchema';
import { numberOrNull, requiredNumber } from '../../ui/numbers';

/** The editor's fields, all text as typed; this is also what a draft stores. */
export const FORM_FIELDS = [
  'startsAt',
  'plannedMinutes',
  'actualMinutes',
  'status',
  'painBefore',
  'painAfter',
  'subjective',
  'objective',
  'assessment',
  'plan',
  'response',
  'soreness',
  'flare',
  'sorenessRegions',
  'homeCare',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type SessionFormValues = Record<FormField, string>;

const text = (value: number | null) => (value === null ? '' : String(value));

/** A region list held as text like every other field, so a draft keeps it: ids joined by commas. */
export const regionsText = (regions: readonly string[]) => regions.join(',');
export const regionsOf = (text: string) => text.split(',').filter((region) => region !== '');

export function valuesFromSession(session: Session): SessionFormValues {
  return {
    startsAt: session.startsAt,
    plannedMinutes: String(session.plannedMinutes),
    actualMinutes: text(session.actualMinutes),
    status: session.status,
    painBefore: text(session.painBefore),
    painAfter: text(session.painAfter),
    subjective: session.subjective,
    objective: session.objective,
    assessment: session.assessment,
    plan: session.plan,
    response: session.response,
    soreness: session.soreness ?? '',
    flare: session.flare ? 'yes' : '',
    sorenessRegions: regionsText(session.sorenessRegions),
    homeCare: session.homeCare,
  };
}

/** The saved note with the unsaved draft laid over it: reopening shows what was typed. */
export function valuesWithDraft(session: Session): SessionFormValues {
  const values = valuesFromSession(session);
  for (const field of FORM_FIELDS) {
    const drafted = session.draft?.[field];
    if (drafted !== undefined) values[field] = drafted;
  }
  return values;
}

export function draftOf(values: SessionFormValues): SessionDraft {
  return { ...values };
}

export function inputFromValues(id: string, values: SessionFormValues): SessionUpdateInput {
  return {
    id,
    startsAt: values.startsAt,
    plannedMinutes: requiredNumber(values.plannedMinutes),
    actualMinutes: numberOrNull(values.actualMinutes),
    status: values.status as SessionUpdateInput['status'],
    painBefore: numberOrNull(values.painBefore),
    painAfter: numberOrNull(values.painAfter),
    subjective: values.subjective,
    objective: values.objective,
    assessment: values.assessment,
    plan: values.plan,
    response: values.response,
    soreness: (values.soreness || null) as SessionUpdateInput['soreness'],
    flare: values.flare === 'yes',
    sorenessRegions: regionsOf(values.sorenessRegions),
    homeCare: values.homeCare,
  };
}

/**
 * The note form's values read as the update main takes and checked by its rules, against the
 * clinic's clock at the moment of saving (`now`, a local date-time), as main checks them.
 */
export function noteSchema(id: string, now: () => string) {
  return formSchema(
    (values: SessionFormValues) => inputFromValues(id, values),
    SessionUpdateInput,
    (input) => sessionRuleIssues(input, { now: now(), courseStart: null }),
  );
}
