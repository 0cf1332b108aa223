import { describe, expect, it } from 'vitest';
import {
  printedArea,
  printedDate,
  printedDateTime,
  printedMinutes,
  printedOverlap,
  printedPain,
  printedPercent,
  printedScore,
  sessionOfCourse,
} from './format';

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

  it('prints every number to the precision its screen shows, never as the arithmetic left it', () => {
    // The trial's summary printed "FIQR 61.16666666666667"; the outcomes screen shows 61.2.
    expect(printedScore(61.16666666666667)).toBe('61.2');
    expect(printedScore(23.999999999999996)).toBe('24');
    expect(printedPain(7)).toBe('7');
    expect(printedPain(null)).toBe('—');
    expect(printedArea(1234.5678)).toBe('1235 cm²');
    expect(printedPercent(2.3456)).toBe('2.3%');
    expect(printedOverlap(1 / 3)).toBe('0.33');
  });

  it('says where the session falls in its course', () => {
    expect(sessionOfCourse(3, 20)).toBe('Session 3 of 20');
    expect(sessionOfCourse(3, null)).toBe('Session 3');
    expect(sessionOfCourse(null, null)).toBeNull();
  });
});
