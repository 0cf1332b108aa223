import { closeSync, existsSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import type { ClinicDatabase } from '../core/db/open';
import { lookIntoDatabase } from '../core/db/read-only';

/** The first byte of a b-tree page that holds index entries and no child pages. */
const INDEX_LEAF_PAGE = 0x0a;

/**
 * Changes one letter of `text` where it is stored in `index`'s page on disk, as a failing disk
 * might, leaving the table's own copy alone. The pages stay well-formed, so `quick_check` still
 * passes; only `integrity_check`, which looks every row up in the index, finds the entry missing.
 * The file must be closed, with nothing left in its WAL.
 */
export function damageIndexEntry(file: string, index: string, text: string): void {
  if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) {
    throw new Error('Close the database first: its newest pages are still in the WAL');
  }
  const { rootPage, pageSize } = lookIntoDatabase(file, (db) => ({
    rootPage: db
      .prepare("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND name = ?")
      .pluck()
      .get(index) as number | undefined,
    pageSize: db.pragma('page_size', { simple: true }) as number,
  }));
  if (rootPage === undefined) throw new Error(`There is no index named ${index}`);
  const page = Buffer.alloc(pageSize);
  const fd = openSync(file, 'r+');
  try {
    readSync(fd, page, 0, pageSize, (rootPage - 1) * pageSize);
    if (page[0] !== INDEX_LEAF_PAGE) throw new Error(`${index} spans several pages: use fewer rows`);
    const at = page.indexOf(Buffer.from(text, 'utf8'));
    if (at < 0) throw new Error(`${index} holds no entry with ${text}`);
    const last = at + Buffer.byteLength(text) - 1;
    page[last] = page[last] === 0x7a ? 0x79 : 0x7a; // a "z" (or a "y" where there was one)
    writeSync(fd, page, 0, pageSize, (rootPage - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

/**
 * Rewrites `index`'s declaration behind SQLite's back (`writable_schema`) on an open connection, so
 * its entries, built for the old columns, disagree with the table from then on: damage that appears
 * while the app is running. Like `damageIndexEntry`, only `integrity_check` notices it.
 */
export function redeclareIndex(db: ClinicDatabase, index: string, declaration: string): void {
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_master SET sql = ? WHERE type = 'index' AND name = ?").run(declaration, index);
    const version = db.pragma('schema_version', { simple: true }) as number;
    db.pragma(`schema_version = ${version + 1}`);
    db.pragma('writable_schema = OFF');
  } finally {
    db.unsafeMode(false);
  }
}
