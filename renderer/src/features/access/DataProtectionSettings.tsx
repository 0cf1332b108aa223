import '../access/access.css';
import { BackupPanel } from '../backups/BackupPanel';
import { TransferPanel } from '../transfer/TransferPanel';
import { SecurityPanel } from './SecurityPanel';

/** The security and data-protection part of the Settings screen. */
export function DataProtectionSettings() {
  return (
    <>
      <SecurityPanel />
      <BackupPanel />
      <TransferPanel />
    </>
  );
}
