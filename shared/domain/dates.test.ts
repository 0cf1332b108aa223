import { describe, expect, it } from 'vitest';
import { LocalDateTime, addDays, addMonths, ageOn, calendarDateOf, localDateTimeOf } from './dates';

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

  it('takes the clinic’s date from its own wall clock, not from UTC', () => {
    // 23:30 and 00:10 local are the day before and the day itself in every zone the tests run in.
    expect(calendarDateOf(new Date(2026, 2, 1, 23, 30))).toBe('2026-03-01');
    expect(calendarDateOf(new Date(2026, 2, 2, 0, 10))).toBe('2026-03-02');
  });

  it('counts whole years of age, the birthday itself included', () => {
    expect(ageOn('1970-05-01', '2026-04-30')).toBe(55);
    expect(ageOn('1970-05-01', '2026-05-01')).toBe(56);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
  });
});
