import { clientsMigration } from './001-clients';
import type { Migration } from './types';

/** Every migration in order; the database's `user_version` is the number of the last one applied. */
export const MIGRATIONS: readonly Migration[] = [clientsMigration];

export const SCHEMA_VERSION = MIGRATIONS.length;
