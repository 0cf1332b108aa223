import type { Handlers } from '../../../shared/api/handlers';
import type { ServicePorts } from './ports';

export function backupsHandlers({ backups, recovery }: ServicePorts) {
  return {
    'backups.list': () => ({ backups: backups.list(), recovery: recovery() }),
    'backups.create': async () => {
      const made = await backups.create();
      return () => made;
    },
    'backups.restore': async ({ name, passphrase }) => {
      const restored = await backups.restore(name, passphrase);
      return () => restored;
    },
  } satisfies Pick<Handlers, 'backups.list' | 'backups.create' | 'backups.restore'>;
}
