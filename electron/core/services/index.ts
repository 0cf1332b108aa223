import type { Handlers } from '../../../shared/api/handlers';
import { appHandlers } from './app';
import { clientsHandlers } from './clients';
import { settingsHandlers } from './settings';
import { templatesHandlers } from './templates';
import { coursesHandlers } from './courses';
import { sessionsHandlers } from './sessions';
import { addendaHandlers } from './addenda';
import { todayHandlers } from './today';
import { assessmentsHandlers } from './assessments';
import { outcomesHandlers } from './outcomes';
import { planHandlers } from './plan';
import { findingsHandlers } from './findings';
import { zonesHandlers } from './zones';
import { techniquesHandlers } from './techniques';
import { runsHandlers } from './runs';
import { printoutsHandlers } from './printouts';
import { accessHandlers } from './access';
import { auditHandlers } from './audit';
import { backupsHandlers } from './backups';
import { encryptionHandlers } from './encryption';
import { transferHandlers } from './transfer';
import type { ServicePorts } from './ports';

/**
 * Every call's implementation, wired to one database. No electron here: tests call it directly.
 * The calls of namespace `x` are declared in `shared/api/x.ts` and served by `services/x.ts`.
 */
export function createHandlers(ports: ServicePorts) {
  return {
    ...appHandlers(ports),
    ...clientsHandlers(ports),
    ...settingsHandlers(ports),
    ...templatesHandlers(ports),
    ...coursesHandlers(ports),
    ...sessionsHandlers(ports),
    ...addendaHandlers(ports),
    ...todayHandlers(ports),
    ...assessmentsHandlers(ports),
    ...outcomesHandlers(ports),
    ...planHandlers(ports),
    ...findingsHandlers(ports),
    ...zonesHandlers(ports),
    ...techniquesHandlers(ports),
    ...runsHandlers(ports),
    ...printoutsHandlers(ports),
    ...accessHandlers(ports),
    ...auditHandlers(ports),
    ...backupsHandlers(ports),
    ...encryptionHandlers(ports),
    ...transferHandlers(ports),
  } satisfies Handlers;
}
