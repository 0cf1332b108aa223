import { accessCalls } from './access';
import { auditCalls } from './audit';
import { backupCalls } from './backups';
import { transferCalls } from './transfer';

/** The access, audit, backup and transfer calls, spread into the contract as one group. */
export const securityCalls = {
  ...accessCalls,
  ...auditCalls,
  ...backupCalls,
  ...transferCalls,
};
