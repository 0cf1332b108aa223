import type { Recovery } from '../../../shared/api/access';
import type { AuditCutOff } from '../../../shared/api/audit';
import type { BackupInfo } from '../../../shared/api/backups';
import type { ScryptCost } from '../access/passphrase';
import type { AccessSession } from '../access/session';
import type { ClinicKeyring } from '../clinic-passphrase/keyring';
import type { WaitingSeals } from '../clinic-passphrase/sealed-backups';
import type { SealingKey } from '../sealed-files/keys';
import type { ClinicDatabase } from '../db/open';
import type { PrinterPort } from './printer-port';

/** Backups of this clinic's file, and the file swap a restore needs; provided by the clinic runtime. */
export interface BackupPort {
  list: () => BackupInfo[];
  create: () => Promise<BackupInfo>;
  /** An encrypted backup needs `passphrase`, the clinic passphrase it was sealed with. */
  restore: (name: string, passphrase?: string) => Promise<{ restored: BackupInfo; keptAsideAs: string }>;
  /** Seals copies of the plain backups in the folder with `key`, to be put in place by `commit`. */
  sealWaiting: (key: SealingKey) => Promise<WaitingSeals>;
}

/** What services need from the outside world, injected so tests can supply their own. */
export interface ServicePorts {
  db: ClinicDatabase;
  /** The current moment; tests pin it. */
  now: () => Date;
  newId: () => string;
  appVersion: string;
  /** Who has unlocked the app; main-process memory only. */
  session: AccessSession;
  /** scrypt's cost for new passphrases; only tests lower it. */
  passphraseCost: ScryptCost;
  /** The clinic passphrase's key for encrypting backups, once entered this run; memory only. */
  keyring: ClinicKeyring;
  backups: BackupPort;
  /** Set while the database failed its start-up check and is open read-only. */
  recovery: () => Recovery | null;
  /** The host's own PDF writer and printer; null where the page prints itself (the browser host). */
  printer: PrinterPort | null;
  /** Whether the log's newest entries were cut off, judged by the head kept outside the file. */
  auditCutOff: () => AuditCutOff | null;
}
