import { accessCalls } from './access';
import { auditCalls } from './audit';
import { backupCalls } from './backups';
import { encryptionCalls } from './encryption';
import { transferCalls } from './transfer';

/** The access, audit, backup, encryption (the clinic passphrase) and transfer calls, spread into the contract as one group. */
export const securityCalls = {
  ...accessCalls,
  ...auditCalls,
  ...backupCalls,
  ...encryptionCalls,
  ...transferCalls,
};
