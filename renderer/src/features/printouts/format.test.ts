import { describe, expect, it } from 'vitest';
import { printedDate, printedDateTime, printedMinutes, sessionOfCourse } from './format';

describe('printed formats', () => {
  it('writes clinic dates and times exactly as typed, whatever the time zone', () => {
    expect(printedDate('2026-03-02')).toBe('2 March 2026');
    expect(printedDateTime('2026-03-02T09:30')).toBe('2 March 2026, 09:30');
  });

  it('writes holds in minutes', () => {
    expect(printedMinutes(4)).toBe('4 min');
    expect(printedMinutes(2.5)).toBe('2.5 min');
    expect(printedMinutes(null)).toBe('—');
  });

  it('says where the session falls in its course', () => {
    expect(sessionOfCourse(3, 20)).toBe('Session 3 of 20');
    expect(sessionOfCourse(3, null)).toBe('Session 3');
    expect(sessionOfCourse(null, null)).toBeNull();
  });
});
