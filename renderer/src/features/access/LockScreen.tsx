import { useState, type FormEvent } from 'react';
import type { ProfileSummary } from '../../../../shared/api/access';
import { call } from '../../api/client';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';

/** Shown at start and after the idle time: nothing of the clinic's records is on screen behind it. */
export function LockScreen({ profiles }: { profiles: ProfileSummary[] }) {
  const [profileId, setProfileId] = useState(profiles[0]?.id ?? '');
  const [passphrase, setPassphrase] = useState('');
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      await call('access.unlock', { profileId, passphrase });
    } catch (error) {
      setFailure((error as Error).message);
      setPassphrase('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="gate">
      <form className="gate__card" onSubmit={submit} aria-labelledby="lock-heading" noValidate>
        <p className="gate__brand">FasciaMap</p>
        <h1 id="lock-heading">FasciaMap is locked</h1>
        <p className="gate__lead">Unlock with your passphrase to see the clinic’s records.</p>
        {profiles.length > 1 ? (
          <Select
            label="Therapist"
            value={profileId}
            options={profiles.map((profile) => ({ value: profile.id, label: profile.displayName }))}
            onChange={setProfileId}
          />
        ) : (
          <p className="gate__lead">Therapist: {profiles[0]?.displayName}</p>
        )}
        <TextField
          label="Passphrase"
          type="password"
          autoComplete="current-password"
          autoFocus
          value={passphrase}
          onChange={setPassphrase}
        />
        {failure && (
          <p className="gate__error" role="alert">
            {failure}
          </p>
        )}
        <div className="form__actions">
          <button className="button button--primary" type="submit" disabled={busy || passphrase === ''}>
            {busy ? 'Checking…' : 'Unlock'}
          </button>
        </div>
      </form>
    </main>
  );
}
