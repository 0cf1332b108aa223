import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestClinic, tempFolder, type TestClinic } from '../../test-support/temp-db';
import { checkDatabaseFile } from '../backups/files';
import { openDatabase, useNativeBinding } from './connection';
import { openClinicDatabase } from './open';
import { lookIntoDatabase } from './read-only';

/**
 * Electron's process loads its own build of better-sqlite3; a connection made without it would load
 * Node's build and fail there. So a binding that cannot be loaded must make every open fail with
 * that binding's error: then no open can still be loading the default addon behind its back.
 */
const ANA = '11111111-1111-4111-8111-111111111111';

let clinic: TestClinic;
let folder: ReturnType<typeof tempFolder>;
let missingBinding: string;

beforeEach(() => {
  clinic = openTestClinic();
  clinic.db
    .prepare(
      `INSERT INTO clients (id, given_name, family_name, date_of_birth, created_at, updated_at)
       VALUES (?, 'Ana', 'Castro', '1971-04-23', '2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z')`,
    )
    .run(ANA);
  folder = tempFolder();
  missingBinding = join(folder.path, 'electron-abi', 'better_sqlite3.node');
});
afterEach(() => {
  useNativeBinding(undefined);
  clinic.close();
  folder.remove();
});

describe('the configured native binding', () => {
  it('is the addon an import stages the file in', () => {
    const { content } = clinic.call('transfer.exportClinic', { plain: true });

    useNativeBinding(missingBinding);
    expect(() => clinic.call('transfer.importFile', { content })).toThrow(missingBinding);

    // The same file imports on the default binding: the failure above was the binding's alone.
    useNativeBinding(undefined);
    expect(clinic.call('transfer.importFile', { content }).rows).toMatchObject({ clients: 1 });
  });

  it('is the addon the clinic file, its probes and its backups are opened with', () => {
    useNativeBinding(missingBinding);
    expect(() => openClinicDatabase(clinic.file)).toThrow(missingBinding);
    expect(() => lookIntoDatabase(clinic.file, () => true)).toThrow(missingBinding);
    expect(() => openDatabase(':memory:')).toThrow(missingBinding);
    expect(checkDatabaseFile(clinic.file)).toEqual({ ok: false, reason: 'it cannot be read as a database' });

    useNativeBinding(undefined);
    expect(checkDatabaseFile(clinic.file)).toMatchObject({ ok: true, holdsRecords: true });
  });
});
