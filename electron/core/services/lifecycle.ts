import { ApiFailure } from '../../../shared/api/errors';

/** The record, or NOT_FOUND naming what was looked for. */
export function found<T>(record: T | undefined, what: string): T {
  if (record === undefined) throw new ApiFailure('NOT_FOUND', `No ${what} with that id`);
  return record;
}

/** Only a record already in the deleted list can be purged: a purge is never the first step. */
export function assertPurgeable(record: { deletedAt: string | null }, what: string): void {
  if (record.deletedAt === null) {
    throw new ApiFailure('CONFLICT', `Delete the ${what} first; only deleted records can be purged`);
  }
}

export function assertNotDeleted(record: { deletedAt: string | null }, what: string): void {
  if (record.deletedAt !== null) {
    throw new ApiFailure('CONFLICT', `This ${what} is deleted; restore it before changing it`);
  }
}
