import { z } from 'zod';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { NewPassphrase } from '../../../../shared/api/access';
import { PassphraseField } from '../PassphraseField';
import { FormField } from './FormField';

/**
 * A form's fields plus a new passphrase typed twice, checked by the rule main applies. The two are
 * compared only once the passphrase itself is strong enough, so one message at a time is shown.
 */
export function withNewPassphrase<Shape extends z.ZodRawShape>(shape: Shape) {
  return z
    .object({ ...shape, passphrase: NewPassphrase, repeat: z.string() })
    .superRefine((values, context) => {
      const { passphrase, repeat } = values as NewPassphraseValues;
      if (NewPassphrase.safeParse(passphrase).success && repeat !== passphrase) {
        context.addIssue({ code: 'custom', path: ['repeat'], message: 'The two passphrases differ' });
      }
    });
}

interface NewPassphraseValues extends FieldValues {
  passphrase: string;
  repeat: string;
}

/** The new passphrase and its repeat, laid out the same wherever a passphrase is chosen. */
export function NewPassphraseFields<V extends NewPassphraseValues, Parsed extends FieldValues>({
  control,
  label,
  repeatLabel,
  hint,
}: {
  control: Control<V, unknown, Parsed>;
  label: string;
  repeatLabel: string;
  hint: string;
}) {
  return (
    <>
      <FormField
        as={PassphraseField}
        control={control}
        name={'passphrase' as Path<V>}
        label={label}
        autoComplete="new-password"
        hint={hint}
      />
      <FormField
        as={PassphraseField}
        control={control}
        name={'repeat' as Path<V>}
        label={repeatLabel}
        autoComplete="new-password"
      />
    </>
  );
}
