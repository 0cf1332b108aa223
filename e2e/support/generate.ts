import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Fills the test's clinic with generated clients (and sessions) through the seeding CLI. */
export function generateClients(
  dataDir: string,
  options: { clients: number; sessions?: number; seed: number },
): void {
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      resolve(ROOT, 'electron/test-support/seed-cli.ts'),
      '--data-dir',
      dataDir,
      '--clients',
      String(options.clients),
      '--sessions',
      String(options.sessions ?? 0),
      '--seed',
      String(options.seed),
    ],
    { cwd: ROOT, stdio: 'pipe' },
  );
}
