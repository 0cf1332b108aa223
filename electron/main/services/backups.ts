import type { Handlers } from '../api/dispatch';
import type { ServicePorts } from './ports';

export function backupHandlers({ backups, recovery }: ServicePorts) {
  return {
    'backups.list': () => ({ backups: backups.list(), recovery: recovery() }),
    'backups.create': () => backups.create(),
    'backups.restore': ({ name, passphrase }) => backups.restore(name, passphrase),
  } satisfies Pick<Handlers, 'backups.list' | 'backups.create' | 'backups.restore'>;
}
