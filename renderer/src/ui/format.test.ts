import { describe, expect, it } from 'vitest';
import { formatDateTime, formatStamp } from './format';

describe('dates on screen', () => {
  it('shows a clinic date-time as typed, or a dash', () => {
    expect(formatDateTime('2026-03-02T09:05')).toBe('2026-03-02 09:05');
    expect(formatDateTime(null)).toBe('—');
  });

  it('shows a stored stamp on the computer’s own clock', () => {
    const moment = new Date(2026, 2, 2, 9, 5);
    expect(formatStamp(moment.toISOString())).toBe('2026-03-02 09:05');
  });
});
