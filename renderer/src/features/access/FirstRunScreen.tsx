import { useState, type FormEvent } from 'react';
import { NewPassphrase } from '../../../../shared/api/access';
import { requiredText } from '../../../../shared/domain/common';
import { call } from '../../api/client';
import { TextField } from '../../ui/TextField';

/** The first start of a clinic: the first therapist makes the profile that locks the app. */
export function FirstRunScreen() {
  const [displayName, setDisplayName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const name = requiredText('Your name', 100).safeParse(displayName);
    if (!name.success) found.displayName = name.error.issues[0]!.message;
    const strong = NewPassphrase.safeParse(passphrase);
    if (!strong.success) found.passphrase = strong.error.issues[0]!.message;
    else if (repeat !== passphrase) found.repeat = 'The two passphrases differ';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await call('access.createProfile', { displayName, passphrase });
    } catch (error) {
      setErrors({ form: (error as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="gate">
      <form className="gate__card" onSubmit={submit} aria-labelledby="setup-heading" noValidate>
        <p className="gate__brand">FasciaMap</p>
        <h1 id="setup-heading">Create your profile</h1>
        <p className="gate__lead">
          FasciaMap holds health records. Your passphrase locks them whenever you step away; it cannot be
          recovered, so keep it somewhere safe.
        </p>
        <TextField
          label="Your name"
          autoFocus
          value={displayName}
          error={errors.displayName}
          onChange={setDisplayName}
        />
        <TextField
          label="Passphrase"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters; a short sentence is easy to remember"
          value={passphrase}
          error={errors.passphrase}
          onChange={setPassphrase}
        />
        <TextField
          label="Repeat the passphrase"
          type="password"
          autoComplete="new-password"
          value={repeat}
          error={errors.repeat}
          onChange={setRepeat}
        />
        {errors.form && (
          <p className="gate__error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="form__actions">
          <button className="button button--primary" type="submit" disabled={busy}>
            {busy ? 'Creating…' : 'Create profile'}
          </button>
        </div>
      </form>
    </main>
  );
}
