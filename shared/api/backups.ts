import { z } from 'zod';
import { Timestamp } from '../domain/common';
import { Recovery } from './access';
import { defineCall } from './define';

export const BACKUP_REASONS = ['manual', 'daily', 'quit'] as const;

/** `fasciamap-20260302T093000123Z-manual.sqlite`: a name only, so no call can reach another folder. */
export const BackupName = z
  .string()
  .regex(/^fasciamap-\d{8}T\d{9}Z-(manual|daily|quit)\.sqlite$/, { message: 'Not a backup name' });

export const BackupInfo = z.strictObject({
  name: z.string(),
  createdAt: Timestamp,
  reason: z.enum(BACKUP_REASONS),
  bytes: z.int().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const backupCalls = {
  'backups.list': defineCall(
    z.strictObject({}),
    z.strictObject({ backups: z.array(BackupInfo), recovery: Recovery.nullable() }),
  ),
  'backups.create': defineCall(z.strictObject({}), BackupInfo),
  'backups.restore': defineCall(
    z.strictObject({ name: BackupName }),
    z.strictObject({ restored: BackupInfo, keptAsideAs: z.string() }),
  ),
};
