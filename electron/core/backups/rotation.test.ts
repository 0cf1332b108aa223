import { describe, expect, it } from 'vitest';
import { backupsToKeep, DEFAULT_ROTATION, type DatedBackup } from './rotation';

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

  it('keeps the newest backup of each of the last 7 days, and the 3 newest of all', () => {
    const kept = simulate(7, 3);
    expect(kept).toHaveLength(9);
    // The newest of each day is its third backup, at 12:00; the last day keeps all three.
    const lastDay = kept.filter((backup) => backup.createdAt.toISOString().startsWith('2026-01-11'));
    expect(lastDay.map((backup) => backup.createdAt.getUTCHours())).toEqual([8, 10, 12]);
    expect(kept.filter((b) => !lastDay.includes(b)).every((b) => b.createdAt.getUTCHours() === 12)).toBe(
      true,
    );
  });

  it('keeps a backup made by hand through the backups made later that day', () => {
    const day = (hour: number) => new Date(Date.UTC(2026, 2, 2, hour));
    const backups = [
      { name: 'manual', createdAt: day(9) },
      { name: 'quit', createdAt: day(18) },
    ];
    expect(backupsToKeep(backups)).toEqual(new Set(['manual', 'quit']));
  });

  it('after 60 days of use holds 7 daily and 4 weekly backups and the newest few, never more than 13', () => {
    const kept = simulate(60, 2);
    const days = new Set(kept.map((backup) => backup.createdAt.toISOString().slice(0, 10)));
    expect(kept.length).toBeGreaterThanOrEqual(7);
    expect(kept.length).toBeLessThanOrEqual(13);
    expect(days.size).toBeLessThanOrEqual(11);
    const newest = kept.map((b) => b.createdAt.getTime()).sort((a, b) => b - a);
    // The last 7 days are all there…
    const newestDays = [...new Set(newest.map((t) => new Date(t).toISOString().slice(0, 10)))];
    expect(newestDays.slice(0, 7)).toEqual([
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

describe('backupsToKeep with good and not-good backups', () => {
  const at = (hour: number, minute = 0) => new Date(Date.UTC(2026, 2, 2, hour, minute));
  /** Two good backups in the morning, then five of an emptied clinic, one per start and quit. */
  const day = [
    { name: 'good-09', createdAt: at(9) },
    { name: 'good-12', createdAt: at(12) },
    ...[0, 10, 20, 30, 40].map((minute) => ({ name: `empty-14:${minute}`, createdAt: at(14, minute) })),
  ];
  const isGood = (backup: DatedBackup) => backup.name.startsWith('good');

  it('lets newer backups rotate the good ones out when it is not told which are good', () => {
    expect([...backupsToKeep(day)].some((name) => name.startsWith('good'))).toBe(false);
  });

  it('keeps the newest good backup however many not-good ones come after it', () => {
    const keep = backupsToKeep(day, DEFAULT_ROTATION, isGood);
    expect([...keep].sort()).toEqual(['empty-14:20', 'empty-14:30', 'empty-14:40', 'good-12']);
  });

  it('asks about backups newest first, and stops at the first good one', () => {
    const asked: string[] = [];
    backupsToKeep(day, DEFAULT_ROTATION, (backup) => {
      asked.push(backup.name);
      return isGood(backup);
    });
    expect(asked).toEqual([
      'empty-14:40',
      'empty-14:30',
      'empty-14:20',
      'empty-14:10',
      'empty-14:0',
      'good-12',
    ]);
  });

  it('keeps only what the periods keep when no backup is good', () => {
    expect(backupsToKeep(day, DEFAULT_ROTATION, () => false)).toEqual(backupsToKeep(day));
  });

  it('adds nothing when the newest backup is good, and asks about no other', () => {
    const asked: string[] = [];
    const keep = backupsToKeep(day.slice(0, 2), DEFAULT_ROTATION, (backup) => {
      asked.push(backup.name);
      return true;
    });
    expect(keep).toEqual(new Set(['good-09', 'good-12']));
    expect(asked).toEqual(['good-12']);
  });
});
