import type { Database } from 'better-sqlite3';

/** A schema change. Shipped migrations are never edited: a new change is a new, higher number. */
export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}
