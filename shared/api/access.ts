import { z } from 'zod';
import { RecordId, requiredText } from '../domain/common';
import { CHANGES, CREATES, defineCall } from './define';

/** Long enough to resist guessing at the clinic, short enough to type; never trimmed. */
export const NewPassphrase = z
  .string({ message: 'Passphrase must be text' })
  .min(10, { message: 'Use a passphrase of at least 10 characters' })
  .max(200, { message: 'Passphrase must be at most 200 characters' });

export const ProfileSummary = z.strictObject({ id: RecordId, displayName: z.string() });
export type ProfileSummary = z.infer<typeof ProfileSummary>;

/** Why the database is open read-only, and which backup could replace it. */
export const Recovery = z.strictObject({
  reason: z.string(),
  newestGoodBackup: z.string().nullable(),
});
export type Recovery = z.infer<typeof Recovery>;

export const IDLE_LOCK_LIMITS = { min: 1, max: 24 * 60 * 60, default: 10 * 60 } as const;

export const AccessStatus = z.strictObject({
  /** `setup` until the first profile exists; then `locked` or `unlocked`. */
  state: z.enum(['setup', 'locked', 'unlocked']),
  /** The active profiles, the ones the lock screen offers; a deactivated one cannot unlock. */
  profiles: z.array(ProfileSummary),
  current: ProfileSummary.nullable(),
  idleLockSeconds: z.int(),
  recovery: Recovery.nullable(),
});
export type AccessStatus = z.infer<typeof AccessStatus>;

export const accessCalls = {
  'access.status': defineCall(z.strictObject({}), AccessStatus, {
    effect: 'read',
    audit: 'none',
    whileLocked: true,
    inRecovery: true,
  }),
  'access.createProfile': defineCall(
    z.strictObject({ displayName: requiredText('Name', 100), passphrase: NewPassphrase }),
    ProfileSummary,
    { ...CREATES, whileLocked: true, inRecovery: true },
  ),
  'access.unlock': defineCall(
    z.strictObject({ profileId: RecordId, passphrase: z.string().max(200) }),
    ProfileSummary,
    { effect: 'write', audit: 'unlocked', whileLocked: true, inRecovery: true },
  ),
  /** The unlocked therapist's own passphrase, and only with the one it replaces. */
  'access.changePassphrase': defineCall(
    z.strictObject({ currentPassphrase: z.string().max(200), newPassphrase: NewPassphrase }),
    ProfileSummary,
    CHANGES,
  ),
  /** A therapist who has left: no longer offered or able to unlock; their past entries keep their name. */
  'access.deactivateProfile': defineCall(z.strictObject({ profileId: RecordId }), ProfileSummary, CHANGES),
  'access.lock': defineCall(z.strictObject({}), z.strictObject({}), { effect: 'write', audit: 'locked' }),
  /**
   * Sent by the window when someone types, clicks or scrolls, at most every few seconds: the only
   * thing besides unlocking that restarts main's idle count, so a page that just polls still locks.
   */
  'access.activity': defineCall(z.strictObject({}), z.strictObject({}), { effect: 'read', audit: 'none' }),
  'access.setIdleLock': defineCall(
    z.strictObject({ seconds: z.int().min(IDLE_LOCK_LIMITS.min).max(IDLE_LOCK_LIMITS.max) }),
    z.strictObject({ seconds: z.int() }),
    CHANGES,
  ),
};
