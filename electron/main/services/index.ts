import type { Handlers } from '../../../shared/api/handlers';
import { appHandlers } from './app';
import { clientHandlers } from './clients';
import { courseHandlers } from './courses';
import { findingHandlers } from './findings';
import { outcomeHandlers } from './outcomes';
import type { ServicePorts } from './ports';
import { printHandlers } from './print';
import { securityHandlers } from './security';
import { sessionHandlers } from './sessions';
import { settingsHandlers } from './settings';
import { techniqueHandlers } from './techniques';
import { todayHandlers } from './today';
import { workspaceHandlers } from './workspace';
import { zoneHandlers } from './zones';

/** Every call's implementation, wired to one database. No electron here: tests call it directly. */
export function createHandlers(ports: ServicePorts) {
  return {
    ...appHandlers(ports),
    ...clientHandlers(ports),
    ...settingsHandlers(ports),
    ...courseHandlers(ports),
    ...sessionHandlers(ports),
    ...todayHandlers(ports),
    ...outcomeHandlers(ports),
    ...securityHandlers(ports),
    ...printHandlers(ports),
    ...findingHandlers(ports),
    ...zoneHandlers(ports),
    ...techniqueHandlers(ports),
    ...workspaceHandlers(ports),
  } satisfies Handlers;
}
