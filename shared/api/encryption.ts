import { z } from 'zod';
import { Timestamp } from '../domain/common';
import { NewPassphrase } from './access';
import { CHANGES, defineCall, VIEWS } from './define';

/**
 * The clinic passphrase encrypts backups. It is the clinic's, not a therapist's: `not-set` (backups
 * are plain), `not-entered` (set, but nobody has entered it since FasciaMap started, so backups wait
 * unencrypted until someone does), `entered` (backups are encrypted).
 */
export const ClinicPassphraseState = z.enum(['not-set', 'not-entered', 'entered']);

export const ClinicPassphraseStatus = z.strictObject({
  state: ClinicPassphraseState,
  setAt: Timestamp.nullable(),
});
export type ClinicPassphraseStatus = z.infer<typeof ClinicPassphraseStatus>;

/** After setting or entering it: the status, and how many waiting plain backups were then encrypted. */
const Entered = z.strictObject({ ...ClinicPassphraseStatus.shape, sealedBackups: z.int().nonnegative() });

export const encryptionCalls = {
  'encryption.status': defineCall(z.strictObject({}), ClinicPassphraseStatus, VIEWS),
  'encryption.setPassphrase': defineCall(z.strictObject({ passphrase: NewPassphrase }), Entered, CHANGES),
  'encryption.enterPassphrase': defineCall(
    z.strictObject({ passphrase: z.string().min(1).max(200) }),
    Entered,
    CHANGES,
  ),
};
