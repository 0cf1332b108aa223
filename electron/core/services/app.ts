import type { Handlers } from '../../../shared/api/handlers';
import type { ServicePorts } from './ports';

export function appHandlers({ db, appVersion }: ServicePorts) {
  return {
    'app.info': () => ({
      appVersion,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
    }),
  } satisfies Pick<Handlers, 'app.info'>;
}
