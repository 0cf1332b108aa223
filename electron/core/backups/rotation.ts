export interface RotationPolicy {
  /** How many of the newest backups to keep whatever their day, so "back up now" survives the quit backup. */
  recent: number;
  /** How many of the most recent days with a backup keep their newest one. */
  daily: number;
  /** How many of the most recent weeks (Monday to Sunday, UTC) with a backup keep their newest one. */
  weekly: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { recent: 3, daily: 7, weekly: 4 };

export interface DatedBackup {
  name: string;
  createdAt: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function dayKey(moment: Date): number {
  return Math.floor(moment.getTime() / DAY_MS);
}

function weekKey(moment: Date): number {
  // 1970-01-01 was a Thursday; shifting by 3 days makes weeks start on Monday.
  return Math.floor((dayKey(moment) + 3) / 7);
}

/**
 * Which backups to keep: the few newest, the newest of each of the last `daily` days that have one, and the newest of
 * each of the last `weekly` weeks that have one. Periods are counted among existing backups, not back
 * from today, so a clinic closed for a month comes back to its last backups, not to none.
 *
 * Whatever the periods say, the newest backup for which `isGood` holds (it passes its full check and
 * holds records) is kept too, so backups of an emptied or damaged clinic, however many, never
 * displace the last good one. `isGood` is asked newest first and no further than its first yes, as
 * each answer may cost a full check of a file.
 */
export function backupsToKeep(
  backups: readonly DatedBackup[],
  policy = DEFAULT_ROTATION,
  isGood: (backup: DatedBackup) => boolean = () => true,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set(newestFirst.slice(0, policy.recent).map((backup) => backup.name));
  for (const [period, count] of [
    [dayKey, policy.daily],
    [weekKey, policy.weekly],
  ] as const) {
    const seen = new Set<number>();
    for (const backup of newestFirst) {
      const key = period(backup.createdAt);
      if (seen.has(key)) continue;
      if (seen.size >= count) break;
      seen.add(key);
      keep.add(backup.name);
    }
  }
  const newestGood = newestFirst.find(isGood);
  if (newestGood) keep.add(newestGood.name);
  return keep;
}
