import { randomUUID } from 'node:crypto';
import type { Handlers } from '../api/dispatch';
import type { ClinicDatabase } from '../db/open';
import { appHandlers } from './app';
import { clientHandlers } from './clients';
import type { ServicePorts } from './ports';

/** Every call's implementation, wired to one database. No electron here: tests call it directly. */
export function createHandlers(ports: ServicePorts) {
  return {
    ...appHandlers(ports),
    ...clientHandlers(ports),
  } satisfies Handlers;
}

export function defaultPorts(db: ClinicDatabase, appVersion: string): ServicePorts {
  return { db, now: () => new Date(), newId: randomUUID, appVersion };
}
