import type { Handlers } from '../api/dispatch';
import type { ServicePorts } from './ports';

export function appHandlers({ db, appVersion }: ServicePorts): Pick<Handlers, 'app.info'> {
  return {
    'app.info': () => ({
      appVersion,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
    }),
  };
}
