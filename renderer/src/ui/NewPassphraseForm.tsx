import { useState, type FormEvent, type ReactNode } from 'react';
import { NewPassphrase } from '../../../shared/api/access';
import { TextField } from './TextField';

interface NewPassphraseFormProps {
  /** Names the form and its first field ("Clinic passphrase", "Passphrase for this file"). */
  label: string;
  hint: string;
  submitLabel: string;
  busyLabel: string;
  onSubmit: (passphrase: string) => Promise<void>;
  children?: ReactNode;
}

/**
 * A passphrase typed twice, checked by the rule main applies, for anything sealed with it: the
 * clinic passphrase for backups, or one export file's passphrase. Cleared once used.
 */
export function NewPassphraseForm({
  label,
  hint,
  submitLabel,
  busyLabel,
  onSubmit,
  children,
}: NewPassphraseFormProps) {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ passphrase?: string; repeat?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const strong = NewPassphrase.safeParse(passphrase);
    if (!strong.success) return setErrors({ passphrase: strong.error.issues[0]!.message });
    if (repeat !== passphrase) return setErrors({ repeat: 'The two passphrases differ' });
    setErrors({});
    setBusy(true);
    try {
      await onSubmit(passphrase);
      setPassphrase('');
      setRepeat('');
    } catch (error) {
      setErrors({ form: (error as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="passphrase-form" onSubmit={submit} aria-label={label} noValidate>
      {children}
      <div className="passphrase-form__fields">
        <TextField
          label={label}
          type="password"
          autoComplete="new-password"
          hint={hint}
          value={passphrase}
          error={errors.passphrase}
          onChange={setPassphrase}
        />
        <TextField
          label="Repeat it"
          type="password"
          autoComplete="new-password"
          value={repeat}
          error={errors.repeat}
          onChange={setRepeat}
        />
      </div>
      <div>
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
      </div>
      {errors.form && <p role="alert">{errors.form}</p>}
    </form>
  );
}
