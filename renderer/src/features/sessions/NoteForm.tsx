import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { SORENESS_LEVELS, type Session, type SessionUpdateInput } from '../../../../shared/domain/session';
import { localDateTimeOf } from '../../../../shared/domain/dates';
import { call } from '../../api/client';
import { navigate } from '../../navigation/navigate';
import { hrefFor } from '../../navigation/routes';
import { Checkbox } from '../../ui/Checkbox';
import { formatStamp } from '../../ui/format';
import { showFailure } from '../../ui/form/failure';
import { FormField } from '../../ui/form/FormField';
import { Select } from '../../ui/Select';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { RegionPicker } from '../../ui/RegionPicker';
import { FlagReview } from './FlagReview';
import {
  noteSchema,
  regionsOf,
  regionsText,
  valuesFromSession,
  valuesWithDraft,
  type SessionFormValues,
} from './sessionForm';
import { usePendingFlags } from './usePendingFlags';
import { useDraftAutosave, type AutosaveState } from './useDraftAutosave';
import { useRunPrefill } from './useRunPrefill';

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

/**
 * The note of an unsigned session: autosaved as a draft while typed, saved and signed on request.
 * The form shows what its own calls answered: a refusal stays on screen while the refreshed session
 * arrives, and a note saved before a refused signing is shown as saved.
 */
export function NoteForm({ session }: { session: Session }) {
  const schema = useMemo(() => noteSchema(session.id, () => localDateTimeOf(new Date())), [session.id]);
  const { control, handleSubmit, reset, setError, clearErrors, setValue, getValues, subscribe, formState } =
    useForm<SessionFormValues, unknown, SessionUpdateInput>({
      defaultValues: valuesWithDraft(session),
      resolver: zodResolver(schema),
    });
  const values = useWatch({ control }) as SessionFormValues;
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    // Any edit, even one typed back to what was saved, is a draft to keep; a reset is not an edit.
    return subscribe({
      formState: { values: true },
      callback: ({ type }) => type === 'change' && setDirty(true),
    });
  }, [subscribe]);
  useRunPrefill(session.id, {
    isEmpty: useCallback(() => getValues('objective').trim() === '', [getValues]),
    fill: useCallback((text: string) => setValue('objective', text), [setValue]),
  });
  const [confirmSign, setConfirmSign] = useState(false);
  const flags = usePendingFlags(session.id);
  const autosave = useDraftAutosave(session.id, values, dirty);
  const locked = session.deletedAt !== null;

  /** Shows `saved` as the form's values, with nothing left to autosave. */
  function showSaved(saved: Session) {
    reset(valuesFromSession(saved));
    setDirty(false);
  }

  /** Saves the checked note (which clears the draft); false when main refused it. */
  async function save(input: SessionUpdateInput): Promise<boolean> {
    await autosave.settle();
    try {
      showSaved(await call('sessions.update', input));
      return true;
    } catch (error) {
      showFailure(setError, error);
      return false;
    }
  }

  const submit = handleSubmit(async (input) => void (await save(input)));

  const sign = handleSubmit(async (input) => {
    if (!(await save(input))) return;
    try {
      await call('sessions.sign', { id: session.id });
    } catch (error) {
      showFailure(setError, error);
    }
  });

  async function act(action: () => Promise<unknown>) {
    await autosave.settle();
    clearErrors();
    try {
      await action();
    } catch (error) {
      showFailure(setError, error);
    }
  }

  const field = { control, disabled: locked } as const;
  const errors = formState.errors as Record<string, { message?: string } | undefined>;
  const formError = errors.root?.message ?? errors.signer?.message ?? errors.status?.message;
  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-label="Session note">
      <p className="autosave" role="status">
        {locked
          ? 'This session is deleted: restore it from the client’s chart to edit it.'
          : autosaveText(autosave.state, dirty ? null : session.draftSavedAt)}
      </p>
      <div className="form__row">
        <FormField as={TextField} name="startsAt" label="Date and time" type="datetime-local" {...field} />
        <FormField as={Select} name="status" label="Status" options={STATUS_OPTIONS} {...field} />
      </div>
      <div className="form__row">
        <FormField
          as={TextField}
          name="plannedMinutes"
          label="Planned minutes"
          inputMode="numeric"
          {...field}
        />
        <FormField
          as={TextField}
          name="actualMinutes"
          label="Actual minutes"
          inputMode="numeric"
          {...field}
        />
        <FormField
          as={TextField}
          name="painBefore"
          label="Pain before (0–10)"
          inputMode="numeric"
          {...field}
        />
        <FormField as={TextField} name="painAfter" label="Pain after (0–10)" inputMode="numeric" {...field} />
      </div>
      <div className="form__row">
        <FormField
          as={Select}
          name="soreness"
          label="Soreness since last session"
          options={SORENESS_OPTIONS}
          {...field}
        />
        <div className="field field--check">
          <Checkbox
            label="Flare reported since last session"
            checked={values.flare === 'yes'}
            onChange={(on) => {
              setValue('flare', on ? 'yes' : '');
              setDirty(true);
            }}
          />
        </div>
      </div>
      <RegionPicker
        label="Where the soreness or flare is"
        value={regionsOf(values.sorenessRegions)}
        onChange={(regions) => {
          setValue('sorenessRegions', regionsText(regions));
          setDirty(true);
        }}
        error={formState.errors.sorenessRegions?.message}
        hint="Bringing the last session into this plan lowers the pressure one step on zones there"
      />
      <FormField
        as={TextArea}
        name="subjective"
        label="Subjective"
        hint="The client’s words: complaint, location, onset, what helps or aggravates"
        rows={4}
        {...field}
      />
      <FormField
        as={TextArea}
        name="objective"
        label="Objective"
        hint="Palpation and observation: posture, guarding, tissue texture, range of motion, what was treated and how"
        rows={4}
        {...field}
      />
      <FormField
        as={TextArea}
        name="assessment"
        label="Assessment"
        hint="Response to treatment and progress toward the goals"
        rows={3}
        {...field}
      />
      <FormField
        as={TextArea}
        name="plan"
        label="Plan"
        hint="Next focus, frequency, referrals"
        rows={3}
        {...field}
      />
      <FormField
        as={TextArea}
        name="response"
        label="Response"
        hint="How the client responded during the session"
        rows={2}
        {...field}
      />
      <FormField as={TextArea} name="homeCare" label="Home care" rows={2} {...field} />
      {formError && (
        <p role="alert" className="form__alert">
          {formError}
        </p>
      )}
      {!locked && !confirmSign && values.status === 'completed' && (
        <FlagReview sessionId={session.id} {...flags} doing="completing the session" />
      )}
      {!locked && (
        <div className="form__actions">
          <button className="button button--primary" type="submit">
            Save note
          </button>
          {confirmSign ? (
            <div className="confirm" role="group" aria-label="Confirm signing">
              <FlagReview sessionId={session.id} {...flags} doing="signing" />
              <span>Signing locks this note for good.</span>
              <button
                type="button"
                className="button button--primary"
                disabled={flags.pending.length > 0}
                onClick={() => void sign()}
              >
                Sign and lock
              </button>
              <button type="button" className="button" onClick={() => setConfirmSign(false)}>
                Not yet
              </button>
            </div>
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
