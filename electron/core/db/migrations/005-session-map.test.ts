import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { SEEDED_TECHNIQUES } from '../../../../shared/domain/plan/techniques';
import { tempFolder } from '../../../test-support/temp-db';
import { openClinicDatabase } from '../open';
import { MIGRATIONS } from './index';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

it('adds the plan tables and seeds the technique catalogue as it shipped, in order', () => {
  const db = openClinicDatabase(join(folder.path, 'v5.sqlite'), { migrations: MIGRATIONS.slice(0, 5) });
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  expect(tables).toEqual(
    expect.arrayContaining(['findings', 'treatment_zones', 'session_starts', 'zone_runs', 'techniques']),
  );
  // Written out, not read from the live catalogue: what version 5 seeded never changes.
  expect(db.prepare('SELECT * FROM techniques ORDER BY position').all()).toEqual([
    { id: 'cross-hand-release', name: 'Cross-hand release', description: '', position: 0, retired: 0 },
    { id: 'sustained-pressure', name: 'Sustained pressure', description: '', position: 1, retired: 0 },
    { id: 'skin-rolling', name: 'Skin rolling', description: '', position: 2, retired: 0 },
    { id: 'arm-pull', name: 'Arm pull', description: '', position: 3, retired: 0 },
    { id: 'leg-pull', name: 'Leg pull', description: '', position: 4, retired: 0 },
    {
      id: 'transverse-plane-release',
      name: 'Transverse plane release',
      description: '',
      position: 5,
      retired: 0,
    },
    {
      id: 'instrument-assisted',
      name: 'Instrument-assisted release',
      description: '',
      position: 6,
      retired: 0,
    },
    { id: 'cupping', name: 'Cupping', description: '', position: 7, retired: 0 },
    { id: 'transverse-sliding', name: 'Transverse sliding', description: '', position: 8, retired: 0 },
    { id: 'cranial-hold', name: 'Cranial hold', description: '', position: 9, retired: 0 },
  ]);
  db.close();
});

it('gives a new clinic every technique the live catalogue names, so a new one needs a new migration', () => {
  const db = openClinicDatabase(join(folder.path, 'new.sqlite'));
  const ids = db.prepare('SELECT id FROM techniques').pluck().all();
  expect(ids).toEqual(expect.arrayContaining(SEEDED_TECHNIQUES.map((technique) => technique.id)));
  expect(SEEDED_TECHNIQUES.length).toBeGreaterThan(0);
  db.close();
});
