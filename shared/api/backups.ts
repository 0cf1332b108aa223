import { z } from 'zod';
import { Timestamp } from '../domain/common';
import { Recovery } from './access';
import { CHANGES, CREATES, defineCall, VIEWS } from './define';

export const BACKUP_REASONS = ['manual', 'daily', 'quit'] as const;

/**
 * The one rule for backup file names: `fasciamap-20260302T093000123Z-manual.sqlite`, or with
 * `.sealed` after it when encrypted with the clinic passphrase. Groups: the stamp's parts, the reason,
 * the `.sealed` ending.
 */
export const BACKUP_NAME_PATTERN =
  /^fasciamap-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-(manual|daily|quit)\.sqlite(\.sealed)?$/;

/** A name only, so no call can reach another folder. */
export const BackupName = z.string().regex(BACKUP_NAME_PATTERN, { message: 'Not a backup name' });

export const BackupInfo = z.strictObject({
  name: z.string(),
  createdAt: Timestamp,
  reason: z.enum(BACKUP_REASONS),
  bytes: z.int().nonnegative(),
  /** Sealed with the clinic passphrase (a `.sealed` file): restoring it asks for the passphrase. */
  encrypted: z.boolean(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const backupsCalls = {
  'backups.list': defineCall(
    z.strictObject({}),
    z.strictObject({ backups: z.array(BackupInfo), recovery: Recovery.nullable() }),
    { ...VIEWS, inRecovery: true },
  ),
  'backups.create': defineCall(z.strictObject({}), BackupInfo, { ...CREATES, managesTheFile: true }),
  'backups.restore': defineCall(
    z.strictObject({
      name: BackupName,
      /** Needed for an encrypted backup; the one it was sealed with, which may be an earlier one. */
      passphrase: z.string().max(200).optional(),
    }),
    z.strictObject({ restored: BackupInfo, keptAsideAs: z.string() }),
    { ...CHANGES, inRecovery: true, managesTheFile: true },
  ),
};
