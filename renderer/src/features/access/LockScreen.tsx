import { useForm, useWatch } from 'react-hook-form';
import type { ProfileSummary } from '../../../../shared/api/access';
import { call } from '../../api/client';
import { FormField } from '../../ui/form/FormField';
import { PassphraseField } from '../../ui/PassphraseField';
import { Select } from '../../ui/Select';

/** Shown at start and after the idle time: nothing of the clinic's records is on screen behind it. */
export function LockScreen({ profiles }: { profiles: ProfileSummary[] }) {
  const { control, handleSubmit, setError, resetField, formState } = useForm({
    defaultValues: { profileId: profiles[0]?.id ?? '', passphrase: '' },
  });
  const passphrase = useWatch({ control, name: 'passphrase' });
  // Main answers with the unlocked state, which replaces this screen (useAccess asks again).
  const submit = handleSubmit(async (unlock) => {
    try {
      await call('access.unlock', unlock);
    } catch (error) {
      resetField('passphrase');
      setError('root', { message: (error as Error).message });
    }
  });

  return (
    <main className="gate">
      <form className="gate__card" onSubmit={submit} aria-labelledby="lock-heading" noValidate>
        <p className="gate__brand">FasciaMap</p>
        <h1 id="lock-heading">FasciaMap is locked</h1>
        <p className="gate__lead">Unlock with your passphrase to see the clinic’s records.</p>
        {profiles.length > 1 ? (
          <FormField
            as={Select}
            control={control}
            name="profileId"
            label="Therapist"
            options={profiles.map((profile) => ({ value: profile.id, label: profile.displayName }))}
          />
        ) : (
          <p className="gate__lead">Therapist: {profiles[0]?.displayName}</p>
        )}
        <FormField
          as={PassphraseField}
          control={control}
          name="passphrase"
          label="Passphrase"
          autoComplete="current-password"
          autoFocus
        />
        {formState.errors.root && (
          <p className="gate__error" role="alert">
            {formState.errors.root.message}
          </p>
        )}
        <div className="form__actions">
          <button
            className="button button--primary"
            type="submit"
            disabled={formState.isSubmitting || passphrase === ''}
          >
            {formState.isSubmitting ? 'Checking…' : 'Unlock'}
          </button>
        </div>
      </form>
    </main>
  );
}
