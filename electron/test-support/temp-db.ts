import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contract, type CallInput, type CallOutput } from '../../shared/api/contract';
import type { CallName } from '../../shared/api/names';
import type { ScryptCost } from '../core/access/passphrase';
import type { ClinicDatabase, OpenOptions } from '../core/db/open';
import { openClinicRuntime, type ClinicRuntime } from '../core/runtime/clinic-runtime';
import type { createHandlers } from '../core/services';
import type { ServicePorts } from '../core/services/ports';

/** A fresh folder under the system temp dir, removed by the returned function. */
export function tempFolder(prefix = 'fasciamap-test-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** scrypt at a cost that keeps tests fast; production uses STRONG_COST. */
export const TEST_PASSPHRASE_COST: ScryptCost = { N: 1024, r: 8, p: 1 };

export interface TestClinic {
  /** The current database (a restore swaps it). */
  readonly db: ClinicDatabase;
  file: string;
  readonly ports: ServicePorts;
  /** The services directly, without the lock or the audit log. */
  handlers: ReturnType<typeof createHandlers>;
  /** Parses the input with the call's schema (filling defaults, as dispatch does) and runs its handler. */
  call: <N extends CallName>(name: N, input: CallInput<N>) => CallOutput<N>;
  /** The whole main-process clinic: dispatch with lock and audit, backups, restore. */
  runtime: ClinicRuntime;
  close: () => void;
}

let idCounter = 0;

/**
 * The test clinic's pinned clock: 09:30 on Monday 2 March 2026 on the clinic's own wall clock, in
 * whatever time zone the tests run. The clinic's dates and times the tests write (a session at 08:00
 * that day, another the next day) are then behind or ahead of it as meant in every zone; only its UTC
 * stamp (`.toISOString()`) changes with the zone, so tests compare stamps with that, never a literal.
 */
export const TEST_CLINIC_NOW = new Date(2026, 2, 2, 9, 30);

/** The clinic runtime on `file` as the app runs it, on a clock the test controls, with a fast scrypt. */
export function openTestRuntime(file: string, now: () => Date): ClinicRuntime {
  return openClinicRuntime({ file, appVersion: 'test', now, passphraseCost: TEST_PASSPHRASE_COST });
}

/** A real clinic database in a temporary file, with services wired to a pinned clock. */
export function openTestClinic(now = TEST_CLINIC_NOW, options: OpenOptions = {}): TestClinic {
  const folder = tempFolder();
  const file = join(folder.path, 'clinic.sqlite');
  const runtime = openClinicRuntime({
    file,
    appVersion: '0.0.0-test',
    now: () => now,
    newId: () => `00000000-0000-4000-8000-${String(++idCounter).padStart(12, '0')}`,
    passphraseCost: TEST_PASSPHRASE_COST,
    open: options,
  });
  return {
    get db() {
      return runtime.db();
    },
    file,
    get ports() {
      return runtime.ports();
    },
    handlers: runtime.handlers as unknown as ReturnType<typeof createHandlers>,
    call: (name, input) => {
      const handler = runtime.handlers[name] as (input: unknown) => unknown;
      return handler(contract[name].input.parse(input)) as never;
    },
    runtime,
    close: () => {
      runtime.close();
      folder.remove();
    },
  };
}
