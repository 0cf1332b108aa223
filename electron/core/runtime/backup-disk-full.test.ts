import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFolder } from '../backups/files';
import { openTestRuntime, tempFolder } from '../../test-support/temp-db';
import type { ClinicRuntime } from './clinic-runtime';

let folder: ReturnType<typeof tempFolder>;
let runtime: ClinicRuntime;
let mounted = '';
const call = (name: string, input: unknown = {}) => runtime.dispatch(name, input);
const clientCount = () => runtime.db().prepare('SELECT count(*) FROM clients').pluck().get();

/**
 * A real full disk under the backups folder: a 64 KiB tmpfs, smaller than any clinic file. Mounting
 * needs root (as on the project's machines and CI); elsewhere the test says it was skipped.
 */
function mountTinyDisk(at: string): boolean {
  mkdirSync(at, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0700', 'tmpfs', at], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

beforeEach(async () => {
  folder = tempFolder();
  runtime = openTestRuntime(join(folder.path, 'fasciamap.sqlite'), () => new Date('2026-03-02T09:30:00Z'));
  await call('access.createProfile', { displayName: 'Ana', passphrase: 'a long clinic passphrase' });
  await call('clients.create', { givenName: 'Lucía', familyName: 'Moreno', dateOfBirth: '1980-01-01' });
});

afterEach(() => {
  runtime.close();
  if (mounted) execFileSync('umount', [mounted]);
  mounted = '';
  folder.remove();
});

describe('a backup onto a full disk', () => {
  it('says the backups folder is full, leaves nothing half-written, and changes no record', async (context) => {
    const backups = backupFolder(runtime.ports().db.name);
    if (!mountTinyDisk(backups)) return context.skip('mounting a small tmpfs needs root; not available here');
    mounted = backups;

    const refused = await call('backups.create');
    expect(refused).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    const message = refused.ok ? '' : refused.error.message;
    expect(message).toContain(backups);
    expect(message).toContain('no backup was made');
    expect(readdirSync(backups)).toEqual([]);
    expect(clientCount()).toBe(1);

    // The clinic itself is on another disk: work goes on.
    const added = await call('clients.create', {
      givenName: 'Marta',
      familyName: 'Ortega',
      dateOfBirth: '1975-05-05',
    });
    expect(added.ok).toBe(true);
    expect(clientCount()).toBe(2);
  });
});
