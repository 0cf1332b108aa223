import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openClinicDatabase, type ClinicDatabase, type OpenOptions } from '../db/open';
import { createHandlers } from '../services';
import type { ServicePorts } from '../services/ports';

/** A fresh folder under the system temp dir, removed by the returned function. */
export function tempFolder(prefix = 'fasciamap-test-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface TestClinic {
  db: ClinicDatabase;
  file: string;
  ports: ServicePorts;
  handlers: ReturnType<typeof createHandlers>;
  close: () => void;
}

let idCounter = 0;

/** A real clinic database in a temporary file, with services wired to a pinned clock. */
export function openTestClinic(
  now = new Date('2026-03-02T09:30:00Z'),
  options: OpenOptions = {},
): TestClinic {
  const folder = tempFolder();
  const file = join(folder.path, 'clinic.sqlite');
  const db = openClinicDatabase(file, options);
  const ports: ServicePorts = {
    db,
    now: () => now,
    newId: () => `00000000-0000-4000-8000-${String(++idCounter).padStart(12, '0')}`,
    appVersion: '0.0.0-test',
  };
  return {
    db,
    file,
    ports,
    handlers: createHandlers(ports),
    close: () => {
      db.close();
      folder.remove();
    },
  };
}
