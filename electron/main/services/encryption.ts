import type { Handlers } from '../api/dispatch';
import {
  backupProtection,
  enterClinicPassphrase,
  setClinicPassphrase,
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
  /** Once the key is held, the backups made without it are encrypted too. */
  const sealWaiting = async () => ({ ...status(), sealedBackups: await backups.sealWaiting() });

  return {
    'encryption.status': status,
    'encryption.setPassphrase': async ({ passphrase }) => {
      await setClinicPassphrase(db, keyring, { passphrase, cost: passphraseCost, at: now() });
      return sealWaiting();
    },
    'encryption.enterPassphrase': async ({ passphrase }) => {
      await enterClinicPassphrase(db, keyring, passphrase, passphraseCost);
      return sealWaiting();
    },
  } satisfies EncryptionHandlers;
}
