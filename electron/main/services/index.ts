import type { Handlers } from '../api/dispatch';
import { appHandlers } from './app';
import { clientHandlers } from './clients';
import { courseHandlers } from './courses';
import type { ServicePorts } from './ports';
import { securityHandlers } from './security';
import { sessionHandlers } from './sessions';
import { settingsHandlers } from './settings';
import { todayHandlers } from './today';

/** Every call's implementation, wired to one database. No electron here: tests call it directly. */
export function createHandlers(ports: ServicePorts) {
  return {
    ...appHandlers(ports),
    ...clientHandlers(ports),
    ...settingsHandlers(ports),
    ...courseHandlers(ports),
    ...sessionHandlers(ports),
    ...todayHandlers(ports),
    ...securityHandlers(ports),
  } satisfies Handlers;
}
