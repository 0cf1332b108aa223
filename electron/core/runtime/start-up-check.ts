import type { IntegrityCheck } from '../db/integrity';

/**
 * Files up to this size get SQLite's full check at every start: about 1 s at 256 MiB on the
 * benchmark machine (BENCHMARKS.md, `integrity_check_ms`: 2.5-3.2 s for its 680 MB clinic), of
 * which the quick check would save a fifth to a half.
 */
export const FULL_CHECK_AT_START_BYTES = 256 * 1024 * 1024;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Which check start-up runs: the full one when the file is small enough for it to be quick, or when
 * the last full check passed more than a day ago (or never). `lastFullCheck` is the newest backup's
 * time: every backup is made only after the live file passed the full check.
 */
export function startUpCheck(fileBytes: number, lastFullCheck: Date | undefined, now: Date): IntegrityCheck {
  if (fileBytes <= FULL_CHECK_AT_START_BYTES) return 'integrity_check';
  if (!lastFullCheck || now.getTime() - lastFullCheck.getTime() >= DAY_MS) return 'integrity_check';
  return 'quick_check';
}
