import type { Recovery } from '../../../shared/api/access';
import { policyOf } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/errors';
import type { CallName } from '../../../shared/api/names';

export interface GateState {
  isUnlocked: () => boolean;
  recovery: () => Recovery | null;
  /** False when even a read-only open failed: nothing but recovery can be answered. */
  canRead: () => boolean;
}

/**
 * Decides, from the call's declared policy, whether it may run now. Applied in dispatch, so IPC and
 * the browser host refuse the same calls, and a call is locked unless it says otherwise.
 */
export function admitCall(name: CallName, state: GateState): ApiError | undefined {
  const policy = policyOf(name);
  const recovery = state.recovery();
  if (recovery && policy.inRecovery) return undefined;
  if (recovery && (policy.effect === 'write' || !state.canRead())) {
    return {
      code: 'READ_ONLY',
      message: `The clinic database is open read-only because ${recovery.reason}. Restore a backup to make changes.`,
    };
  }
  if (!state.isUnlocked() && !policy.whileLocked) {
    return { code: 'LOCKED', message: 'FasciaMap is locked: unlock it with your passphrase first.' };
  }
  return undefined;
}
