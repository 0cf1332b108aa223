import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { ProfileSummary } from '../../../../shared/api/access';
import { requiredText } from '../../../../shared/domain/common';
import { call } from '../../api/client';
import { useCallQuery } from '../../api/queries';
import { showFailure } from '../../ui/form/failure';
import { FormField } from '../../ui/form/FormField';
import { NewPassphraseFields, withNewPassphrase } from '../../ui/form/NewPassphraseFields';
import { PassphraseField } from '../../ui/PassphraseField';
import { TextField } from '../../ui/TextField';

const NewTherapist = withNewPassphrase({ displayName: requiredText('Name', 100) });
const ChangedPassphrase = withNewPassphrase({
  currentPassphrase: z.string().min(1, 'Type your current passphrase'),
});

/**
 * The clinic's therapists: each unlocks FasciaMap with their own passphrase, so notes and the audit
 * log name who did what. Switching therapist locks the app and opens the lock screen's choice.
 */
export function TherapistsPanel() {
  const status = useCallQuery('access.status', {});
  if (status.state !== 'ready' || !status.value.current) return null;
  const { profiles, current } = status.value;
  return (
    <section className="panel" aria-labelledby="therapists-heading">
      <h2 id="therapists-heading">Therapists</h2>
      <p className="panel__lead">
        Signed in as {current.displayName}. A deactivated therapist can no longer unlock FasciaMap; their
        notes and audit entries keep their name.
      </p>
      <ul className="plain-list" aria-label="Active therapists">
        {profiles.map((profile) => (
          <TherapistRow key={profile.id} profile={profile} isCurrent={profile.id === current.id} />
        ))}
      </ul>
      <div className="panel__row">
        <button
          className="button"
          type="button"
          onClick={() => void call('access.lock', {}).then(() => window.location.reload())}
        >
          Switch therapist
        </button>
      </div>
      <AddTherapistForm />
      <ChangePassphraseForm />
    </section>
  );
}

function TherapistRow({ profile, isCurrent }: { profile: ProfileSummary; isCurrent: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  async function deactivate() {
    try {
      await call('access.deactivateProfile', { profileId: profile.id });
    } catch (error) {
      setMessage((error as Error).message);
    }
  }
  return (
    <li>
      {profile.displayName}
      {isCurrent ? ' (you)' : ''}{' '}
      {!isCurrent &&
        (confirming ? (
          <span className="confirm" role="group" aria-label={`Deactivate ${profile.displayName}`}>
            <button className="button button--danger" type="button" onClick={() => void deactivate()}>
              Deactivate {profile.displayName}
            </button>
            <button className="button button--quiet" type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button className="button button--quiet" type="button" onClick={() => setConfirming(true)}>
            Deactivate…
          </button>
        ))}
      {message && <span role="alert"> {message}</span>}
    </li>
  );
}

function AddTherapistForm() {
  const { control, handleSubmit, setError, reset, formState } = useForm({
    defaultValues: { displayName: '', passphrase: '', repeat: '' },
    resolver: zodResolver(NewTherapist),
  });
  const [added, setAdded] = useState('');
  const submit = handleSubmit(async ({ displayName, passphrase }) => {
    setAdded('');
    try {
      const profile = await call('access.createProfile', { displayName, passphrase });
      reset();
      setAdded(`${profile.displayName} can now unlock FasciaMap with their passphrase`);
    } catch (error) {
      showFailure(setError, error);
    }
  });
  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Add a therapist">
      <h3>Add a therapist</h3>
      <FormField as={TextField} control={control} name="displayName" label="Therapist’s name" />
      <NewPassphraseFields
        control={control}
        label="Their passphrase"
        repeatLabel="Repeat their passphrase"
        hint="At least 10 characters, chosen by the therapist, who types it here"
      />
      <p role="status">{added}</p>
      {formState.errors.root && <p role="alert">{formState.errors.root.message}</p>}
      <div className="form__actions">
        <button className="button" type="submit" disabled={formState.isSubmitting}>
          Add therapist
        </button>
      </div>
    </form>
  );
}

function ChangePassphraseForm() {
  const { control, handleSubmit, setError, reset, formState } = useForm({
    defaultValues: { currentPassphrase: '', passphrase: '', repeat: '' },
    resolver: zodResolver(ChangedPassphrase),
  });
  const [changed, setChanged] = useState(false);
  const submit = handleSubmit(async ({ currentPassphrase, passphrase }) => {
    setChanged(false);
    try {
      await call('access.changePassphrase', { currentPassphrase, newPassphrase: passphrase });
      reset();
      setChanged(true);
    } catch (error) {
      showFailure(setError, error, (path) => (path === 'newPassphrase' ? 'passphrase' : path));
    }
  });
  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Change your passphrase">
      <h3>Change your passphrase</h3>
      <FormField
        as={PassphraseField}
        control={control}
        name="currentPassphrase"
        label="Current passphrase"
        autoComplete="current-password"
      />
      <NewPassphraseFields
        control={control}
        label="New passphrase"
        repeatLabel="Repeat the new passphrase"
        hint="At least 10 characters"
      />
      <p role="status">{changed ? 'Your passphrase was changed' : ''}</p>
      {formState.errors.root && <p role="alert">{formState.errors.root.message}</p>}
      <div className="form__actions">
        <button className="button" type="submit" disabled={formState.isSubmitting}>
          Change passphrase
        </button>
      </div>
    </form>
  );
}
