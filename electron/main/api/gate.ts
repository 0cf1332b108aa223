import type { Recovery } from '../../../shared/api/access';
import { isWriteCall } from '../../../shared/api/call-kinds';
import type { ApiError } from '../../../shared/api/errors';
import { OPEN_IN_RECOVERY, OPEN_WHILE_LOCKED } from '../../../shared/api/security-names';

export interface GateState {
  isUnlocked: () => boolean;
  recovery: () => Recovery | null;
  /** False when even a read-only open failed: nothing but recovery can be answered. */
  canRead: () => boolean;
}

/**
 * Decides, from the call's name alone, whether it may run now. Applied in dispatch, so IPC and the
 * browser host refuse the same calls, and a call added later is locked by default.
 */
export function admitCall(name: string, state: GateState): ApiError | undefined {
  const recovery = state.recovery();
  if (recovery && OPEN_IN_RECOVERY.includes(name)) return undefined;
  if (recovery && (isWriteCall(name) || !state.canRead())) {
    return {
      code: 'READ_ONLY',
      message: `The clinic database is open read-only because ${recovery.reason}. Restore a backup to make changes.`,
    };
  }
  if (!state.isUnlocked() && !OPEN_WHILE_LOCKED.includes(name)) {
    return { code: 'LOCKED', message: 'FasciaMap is locked: unlock it with your passphrase first.' };
  }
  return undefined;
}
