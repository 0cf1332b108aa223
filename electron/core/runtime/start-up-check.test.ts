import { describe, expect, it } from 'vitest';
import { FULL_CHECK_AT_START_BYTES, startUpCheck } from './start-up-check';

const now = new Date('2026-03-02T09:00:00Z');
const hoursBefore = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
const large = FULL_CHECK_AT_START_BYTES + 1;

describe('startUpCheck', () => {
  it('checks a file of up to 256 MiB in full at every start', () => {
    expect(FULL_CHECK_AT_START_BYTES).toBe(256 * 1024 * 1024);
    expect(startUpCheck(0, hoursBefore(1), now)).toBe('integrity_check');
    expect(startUpCheck(FULL_CHECK_AT_START_BYTES, hoursBefore(1), now)).toBe('integrity_check');
  });

  it('checks a larger file quickly when its last full check passed within the day', () => {
    expect(startUpCheck(large, hoursBefore(1), now)).toBe('quick_check');
    expect(startUpCheck(large, hoursBefore(23.9), now)).toBe('quick_check');
  });

  it('checks a larger file in full once a day has passed since its last full check, or with none', () => {
    expect(startUpCheck(large, hoursBefore(24), now)).toBe('integrity_check');
    expect(startUpCheck(large, hoursBefore(24 * 30), now)).toBe('integrity_check');
    expect(startUpCheck(large, undefined, now)).toBe('integrity_check');
  });
});
