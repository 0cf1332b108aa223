import { describe, expect, it } from 'vitest';
import { backupsToKeep, type DatedBackup } from './rotation';

/** A fake clock that only moves forward, by whole hours, as a clinic's days pass. */
function clock(start: string) {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advanceHours: (hours: number) => {
      now += hours * 3_600_000;
    },
  };
}

/** Simulates a clinic backing up several times a day, rotating after each backup as the app does. */
function simulate(days: number, backupsPerDay: number, start = '2026-01-05T08:00:00Z'): DatedBackup[] {
  const time = clock(start);
  let kept: DatedBackup[] = [];
  for (let day = 0; day < days; day += 1) {
    for (let index = 0; index < backupsPerDay; index += 1) {
      kept.push({ name: time.now().toISOString(), createdAt: time.now() });
      const keep = backupsToKeep(kept);
      kept = kept.filter((backup) => keep.has(backup.name));
      time.advanceHours(2);
    }
    time.advanceHours(24 - 2 * backupsPerDay);
  }
  return kept;
}

describe('backupsToKeep', () => {
  it('keeps nothing from nothing', () => {
    expect(backupsToKeep([])).toEqual(new Set());
  });

  it('keeps the newest backup of each of the last 7 days', () => {
    const kept = simulate(7, 3);
    expect(kept).toHaveLength(7);
    // The newest of each day: the third backup, at 12:00.
    expect(kept.every((backup) => backup.createdAt.getUTCHours() === 12)).toBe(true);
  });

  it('after 60 days of use holds 7 daily and 4 weekly backups, never more than 11', () => {
    const kept = simulate(60, 2);
    const days = new Set(kept.map((backup) => backup.createdAt.toISOString().slice(0, 10)));
    expect(kept.length).toBeGreaterThanOrEqual(7);
    expect(kept.length).toBeLessThanOrEqual(11);
    expect(days.size).toBe(kept.length);
    const newest = kept.map((b) => b.createdAt.getTime()).sort((a, b) => b - a);
    // The last 7 days are all there…
    expect(newest.slice(0, 7).map((t) => new Date(t).toISOString().slice(0, 10))).toEqual([
      '2026-03-05',
      '2026-03-04',
      '2026-03-03',
      '2026-03-02',
      '2026-03-01',
      '2026-02-28',
      '2026-02-27',
    ]);
    // …and the oldest kept is about four weeks back, not older.
    const oldest = new Date(newest.at(-1)!);
    expect(oldest.toISOString().slice(0, 10) >= '2026-02-08').toBe(true);
  });

  it('keeps the last backups of a clinic that was closed for months', () => {
    const kept = [
      ...simulate(10, 1, '2026-01-05T08:00:00Z'),
      { name: 'after-holiday', createdAt: new Date('2026-06-01T08:00:00Z') },
    ];
    const keep = backupsToKeep(kept);
    expect(keep.has('after-holiday')).toBe(true);
    expect(keep.size).toBeGreaterThanOrEqual(7);
  });
});
