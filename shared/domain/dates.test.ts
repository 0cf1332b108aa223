import { describe, expect, it } from 'vitest';
import { LocalDateTime, addDays, addMonths, localDateTimeOf } from './dates';

describe('calendar arithmetic', () => {
  it('adds days across months and years', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-03-02', 133)).toBe('2026-07-13');
  });

  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-07-13', 6)).toBe('2027-01-13');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('reads a local date-time and refuses impossible ones', () => {
    expect(LocalDateTime.safeParse('2026-03-02T10:00').success).toBe(true);
    expect(LocalDateTime.safeParse('2026-02-30T10:00').success).toBe(false);
    expect(LocalDateTime.safeParse('2026-03-02 10:00').error?.issues[0]?.message).toBe(
      'Enter a date and time as YYYY-MM-DD HH:MM',
    );
    expect(localDateTimeOf(new Date(2026, 2, 2, 9, 5))).toBe('2026-03-02T09:05');
  });
});
