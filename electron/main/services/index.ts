import type { Handlers } from '../api/dispatch';
import { appHandlers } from './app';
import { clientHandlers } from './clients';
import type { ServicePorts } from './ports';
import { securityHandlers } from './security';

/** Every call's implementation, wired to one database. No electron here: tests call it directly. */
export function createHandlers(ports: ServicePorts) {
  return {
    ...appHandlers(ports),
    ...clientHandlers(ports),
    ...securityHandlers(ports),
  } satisfies Handlers;
}
