import { ApiFailure, type ApiErrorCode } from '../../../shared/api/errors';
import { SealedFileError } from './format';

/**
 * A sealed file that would not open, as the caller's error: a wrong passphrase is FORBIDDEN (like a
 * wrong therapist passphrase), anything else (damage, a cut-short or foreign file) is `otherwise`.
 * Other errors pass through unchanged.
 */
export function sealedRefusal(error: unknown, nothingWas: string, otherwise: ApiErrorCode): unknown {
  if (!(error instanceof SealedFileError)) return error;
  const code = error.problem === 'wrong-passphrase' ? 'FORBIDDEN' : otherwise;
  return new ApiFailure(code, `${error.message}; nothing was ${nothingWas}`);
}
