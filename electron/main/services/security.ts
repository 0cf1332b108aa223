import { accessHandlers } from './access';
import { auditHandlers } from './audit';
import { backupHandlers } from './backups';
import type { ServicePorts } from './ports';
import { transferHandlers } from './transfer';

/** Access, audit, backups and transfer: spread into `createHandlers` as one group. */
export function securityHandlers(ports: ServicePorts) {
  return {
    ...accessHandlers(ports),
    ...auditHandlers(ports),
    ...backupHandlers(ports),
    ...transferHandlers(ports),
  };
}
