import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { ReactNode } from 'react';
import { NewPassphraseFields, withNewPassphrase } from './form/NewPassphraseFields';

interface NewPassphraseFormProps {
  /** Names the form and its first field ("Clinic passphrase", "Passphrase for this file"). */
  label: string;
  hint: string;
  submitLabel: string;
  busyLabel: string;
  onSubmit: (passphrase: string) => Promise<void>;
  children?: ReactNode;
}

const NewPassphraseOnly = withNewPassphrase({});

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
  const { control, handleSubmit, reset, setError, formState } = useForm({
    defaultValues: { passphrase: '', repeat: '' },
    resolver: zodResolver(NewPassphraseOnly),
  });

  const submit = handleSubmit(async ({ passphrase }) => {
    try {
      await onSubmit(passphrase);
      reset();
    } catch (error) {
      setError('root', { message: (error as Error).message });
    }
  });

  return (
    <form className="passphrase-form" onSubmit={submit} aria-label={label} noValidate>
      {children}
      <div className="passphrase-form__fields">
        <NewPassphraseFields control={control} label={label} repeatLabel="Repeat it" hint={hint} />
      </div>
      <div>
        <button className="button button--primary" type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? busyLabel : submitLabel}
        </button>
      </div>
      {formState.errors.root && <p role="alert">{formState.errors.root.message}</p>}
    </form>
  );
}
