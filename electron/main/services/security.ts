import { accessHandlers } from './access';
import { auditHandlers } from './audit';
import { backupHandlers } from './backups';
import { encryptionHandlers } from './encryption';
import type { ServicePorts } from './ports';
import { transferHandlers } from './transfer';

/** Access, audit, backups, encryption (the clinic passphrase) and transfer: spread into `createHandlers` as one group. */
export function securityHandlers(ports: ServicePorts) {
  return {
    ...accessHandlers(ports),
    ...auditHandlers(ports),
    ...backupHandlers(ports),
    ...encryptionHandlers(ports),
    ...transferHandlers(ports),
  };
}
