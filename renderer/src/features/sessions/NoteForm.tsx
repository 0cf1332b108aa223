import { useState, type FormEvent } from 'react';
import {
  SORENESS_LEVELS,
  SessionUpdateInput,
  sessionRuleIssues,
  type Session,
} from '../../../../shared/domain/session';
import { localDateTimeOf } from '../../../../shared/domain/dates';
import { call } from '../../api/client';
import { hrefFor, navigate } from '../../app/routes';
import { Checkbox } from '../../ui/Checkbox';
import { formatStamp } from '../../ui/format';
import { Select } from '../../ui/Select';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { failureMessages, validate } from '../../ui/validate';
import { inputFromValues, valuesWithDraft, type FormField, type SessionFormValues } from './sessionForm';
import { useDraftAutosave, type AutosaveState } from './useDraftAutosave';

const STATUS_OPTIONS = [
  { value: 'planned', label: 'Planned' },
  { value: 'in_progress', label: 'In progress' },
  { value: 'completed', label: 'Completed' },
];
const SORENESS_OPTIONS = [
  { value: '', label: 'Not asked' },
  ...SORENESS_LEVELS.map((level) => ({ value: level, label: level[0]!.toUpperCase() + level.slice(1) })),
];

function autosaveText(state: AutosaveState, restoredAt: string | null): string {
  switch (state.kind) {
    case 'saving':
      return 'Saving draft…';
    case 'saved':
      return `Draft saved at ${formatStamp(state.at)}`;
    case 'failed':
      return `Draft not saved: ${state.message}`;
    case 'idle':
      return restoredAt ? `Unsaved changes from ${formatStamp(restoredAt)} restored` : 'All changes saved';
  }
}

/** The note of an unsigned session: autosaved as a draft while typed, saved and signed on request. */
export function NoteForm({ session, onSaved }: { session: Session; onSaved: () => void }) {
  const [values, setValues] = useState<SessionFormValues>(() => valuesWithDraft(session));
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirmSign, setConfirmSign] = useState(false);
  const autosave = useDraftAutosave(session.id, values, dirty);
  const locked = session.deletedAt !== null;

  const field = (name: FormField) => ({
    value: values[name],
    error: errors[name],
    disabled: locked,
    onChange: (value: string) => {
      setValues((current) => ({ ...current, [name]: value }));
      setDirty(true);
    },
  });

  /** Checks with the shared schema and rules, then saves the note (which clears the draft). */
  async function save(): Promise<boolean> {
    const checked = validate(SessionUpdateInput, inputFromValues(session.id, values), (value) =>
      sessionRuleIssues(value, { now: localDateTimeOf(new Date()), courseStart: null }),
    );
    if (!checked.ok) {
      setErrors(checked.errors);
      return false;
    }
    await autosave.settle();
    try {
      await call('sessions.update', inputFromValues(session.id, values));
      setErrors({});
      return true;
    } catch (error) {
      setErrors(failureMessages(error));
      return false;
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await save()) onSaved();
  }

  async function sign() {
    if (!(await save())) return;
    try {
      await call('sessions.sign', { id: session.id });
    } catch (error) {
      setErrors(failureMessages(error));
    }
    onSaved();
  }

  async function act(action: () => Promise<unknown>) {
    await autosave.settle();
    try {
      await action();
      onSaved();
    } catch (error) {
      setErrors(failureMessages(error));
    }
  }

  const signError = errors.signer ?? errors.status;
  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-label="Session note">
      <p className="autosave" role="status">
        {locked
          ? 'This session is deleted: restore it from the client’s chart to edit it.'
          : autosaveText(autosave.state, dirty ? null : session.draftSavedAt)}
      </p>
      <div className="form__row">
        <TextField label="Date and time" type="datetime-local" {...field('startsAt')} />
        <Select label="Status" options={STATUS_OPTIONS} {...field('status')} />
      </div>
      <div className="form__row">
        <TextField label="Planned minutes" inputMode="numeric" {...field('plannedMinutes')} />
        <TextField label="Actual minutes" inputMode="numeric" {...field('actualMinutes')} />
        <TextField label="Pain before (0–10)" inputMode="numeric" {...field('painBefore')} />
        <TextField label="Pain after (0–10)" inputMode="numeric" {...field('painAfter')} />
      </div>
      <div className="form__row">
        <Select label="Soreness since last session" options={SORENESS_OPTIONS} {...field('soreness')} />
        <div className="field field--check">
          <Checkbox
            label="Flare reported since last session"
            checked={values.flare === 'yes'}
            onChange={(on) => field('flare').onChange(on ? 'yes' : '')}
          />
        </div>
      </div>
      <TextArea
        label="Subjective"
        hint="The client’s words: complaint, location, onset, what helps or aggravates"
        rows={4}
        {...field('subjective')}
      />
      <TextArea
        label="Objective"
        hint="Palpation and observation: posture, guarding, tissue texture, range of motion, what was treated and how"
        rows={4}
        {...field('objective')}
      />
      <TextArea
        label="Assessment"
        hint="Response to treatment and progress toward the goals"
        rows={3}
        {...field('assessment')}
      />
      <TextArea label="Plan" hint="Next focus, frequency, referrals" rows={3} {...field('plan')} />
      <TextArea
        label="Response"
        hint="How the client responded during the session"
        rows={2}
        {...field('response')}
      />
      <TextArea label="Home care" rows={2} {...field('homeCare')} />
      {(errors[''] || signError) && (
        <p role="alert" className="form__alert">
          {errors[''] ?? signError}
        </p>
      )}
      {!locked && (
        <div className="form__actions">
          <button className="button button--primary" type="submit">
            Save note
          </button>
          {confirmSign ? (
            <span className="confirm" role="group" aria-label="Confirm signing">
              <span>Signing locks this note for good.</span>
              <button type="button" className="button button--primary" onClick={() => void sign()}>
                Sign and lock
              </button>
              <button type="button" className="button" onClick={() => setConfirmSign(false)}>
                Not yet
              </button>
            </span>
          ) : (
            <button type="button" className="button" onClick={() => setConfirmSign(true)}>
              Sign note…
            </button>
          )}
          {session.draft && !dirty && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => void act(() => call('sessions.discardDraft', { id: session.id }))}
            >
              Discard draft
            </button>
          )}
          <button
            type="button"
            className="button button--quiet"
            onClick={() =>
              void act(() =>
                call('sessions.delete', { id: session.id }).then(() =>
                  navigate({ place: 'client', clientId: session.clientId }),
                ),
              )
            }
          >
            Delete session
          </button>
          <a className="button button--quiet" href={hrefFor({ place: 'client', clientId: session.clientId })}>
            Back to chart
          </a>
        </div>
      )}
    </form>
  );
}
