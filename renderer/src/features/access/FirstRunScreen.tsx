import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { requiredText } from '../../../../shared/domain/common';
import { call } from '../../api/client';
import { FormField } from '../../ui/form/FormField';
import { NewPassphraseFields, withNewPassphrase } from '../../ui/form/NewPassphraseFields';
import { TextField } from '../../ui/TextField';

const FirstProfile = withNewPassphrase({ displayName: requiredText('Your name', 100) });

/** The first start of a clinic: the first therapist makes the profile that locks the app. */
export function FirstRunScreen() {
  const { control, handleSubmit, setError, formState } = useForm({
    defaultValues: { displayName: '', passphrase: '', repeat: '' },
    resolver: zodResolver(FirstProfile),
  });
  // Main answers with the unlocked state, which replaces this screen (useAccess asks again).
  const submit = handleSubmit(async ({ displayName, passphrase }) => {
    try {
      await call('access.createProfile', { displayName, passphrase });
    } catch (error) {
      setError('root', { message: (error as Error).message });
    }
  });

  return (
    <main className="gate">
      <form className="gate__card" onSubmit={submit} aria-labelledby="setup-heading" noValidate>
        <p className="gate__brand">FasciaMap</p>
        <h1 id="setup-heading">Create your profile</h1>
        <p className="gate__lead">
          FasciaMap holds health records. Your passphrase locks them whenever you step away; it cannot be
          recovered, so keep it somewhere safe.
        </p>
        <FormField as={TextField} control={control} name="displayName" label="Your name" autoFocus />
        <NewPassphraseFields
          control={control}
          label="Passphrase"
          repeatLabel="Repeat the passphrase"
          hint="At least 10 characters; a short sentence is easy to remember"
        />
        {formState.errors.root && (
          <p className="gate__error" role="alert">
            {formState.errors.root.message}
          </p>
        )}
        <div className="form__actions">
          <button className="button button--primary" type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? 'Creating…' : 'Create profile'}
          </button>
        </div>
      </form>
    </main>
  );
}
