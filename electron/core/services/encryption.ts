import type { Handlers } from '../../../shared/api/handlers';
import {
  backupProtection,
  enteredClinicPassphrase,
  newClinicPassphrase,
  saveClinicPassphraseKeys,
  type ClinicPassphraseKeys,
} from '../clinic-passphrase/protection';
import type { ServicePorts } from './ports';

type EncryptionHandlers = Pick<
  Handlers,
  'encryption.status' | 'encryption.setPassphrase' | 'encryption.enterPassphrase'
>;

export function encryptionHandlers({ db, now, keyring, passphraseCost, backups }: ServicePorts) {
  const status = () => {
    const protection = backupProtection(db, keyring);
    return { state: protection.state, setAt: protection.state === 'not-set' ? null : protection.setAt };
  };
  /**
   * The slow part (scrypt, sealing copies of the plain backups) runs first; the passphrase is then
   * saved and its key held, and the sealed copies put in place, in one step that commits or changes
   * nothing. Once the key is held, the backups made without it are encrypted too.
   */
  const useKeys = async (keys: ClinicPassphraseKeys, save: () => void) => {
    const seals = await backups.sealWaiting(keys.key);
    return () => {
      save();
      return { ...status(), sealedBackups: seals.commit() };
    };
  };

  return {
    'encryption.status': status,
    'encryption.setPassphrase': async ({ passphrase }) => {
      const keys = await newClinicPassphrase(passphrase, passphraseCost);
      return useKeys(keys, () => saveClinicPassphraseKeys(db, keyring, keys, now()));
    },
    'encryption.enterPassphrase': async ({ passphrase }) => {
      const keys = await enteredClinicPassphrase(db, passphrase, passphraseCost);
      return useKeys(keys, () => keyring.hold(keys.verifier, keys.key));
    },
  } satisfies EncryptionHandlers;
}
