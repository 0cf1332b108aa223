import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { BenchClinic } from './clinic';
import { figure, type Figure } from './measure';

const CHILD = resolve(import.meta.dirname, 'main-memory-child.ts');

/** The resident memory of a fresh process running main-memory-child.ts with these arguments. */
function childRssMb(args: readonly string[]): number {
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--expose-gc', CHILD, ...args], {
    cwd: resolve(import.meta.dirname, '..'),
    encoding: 'utf8',
  });
  const { rssBytes } = JSON.parse(output.trim().split('\n').at(-1)!) as { rssBytes: number };
  return rssBytes / 2 ** 20;
}

/**
 * `main_rss_mb`: what main holds with the clinic open and a therapist's first minutes done in it,
 * each in a process of its own so nothing else of the bench is counted; beside it, the same
 * process that opens nothing (Node and the TypeScript loader the bench runs under).
 */
export function mainMemoryFigure(clinic: BenchClinic): Figure {
  const open = childRssMb([clinic.file, clinic.chartClientId, clinic.busySessionId]);
  const bare = childRssMb(['--bare']);
  return figure(
    'main_rss_mb',
    open,
    'MB',
    `main's resident memory with the ${clinic.size.clients}-client clinic open after a chart, a busy session and searches; baseline the same process opening nothing`,
    bare,
  );
}
