import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, statSync } from 'node:fs';

/**
 * Makes a file unwritable for the browser host, for real, and returns the undo; undefined where that
 * cannot be done. As root (CI runs as root) mode bits stop nothing, so the immutable attribute is
 * set instead (`chattr +i`, which binds root too). The unit tests' twin is in electron/main/testing.
 */
export function makeFileUnwritable(path: string): (() => void) | undefined {
  const asRoot = process.getuid?.() === 0;
  const mode = statSync(path).mode;
  const undo = () => (asRoot ? execFileSync('chattr', ['-i', path]) : chmodSync(path, mode));
  try {
    if (asRoot) execFileSync('chattr', ['+i', path], { stdio: 'ignore' });
    else chmodSync(path, mode & ~0o222);
  } catch {
    return undefined;
  }
  if (isWritable(path)) {
    undo();
    return undefined;
  }
  return undo;
}

function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
