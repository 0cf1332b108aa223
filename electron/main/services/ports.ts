import type { ClinicDatabase } from '../db/open';

/** What services need from the outside world, injected so tests can supply their own. */
export interface ServicePorts {
  db: ClinicDatabase;
  /** The current moment; tests pin it. */
  now: () => Date;
  newId: () => string;
  appVersion: string;
}
