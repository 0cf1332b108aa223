import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, statSync } from 'node:fs';

/**
 * Makes files and folders unwritable for this process, for real, and returns the undo. As root,
 * mode bits stop nothing, so the immutable attribute (`chattr +i`, which binds root too) is used;
 * otherwise the write bits are removed. Returns undefined where neither takes effect (a file system
 * without the attribute), and the caller skips rather than test nothing. Used by the unit tests and
 * by the end-to-end tests, which make a clinic file unwritable for the browser host.
 */
export function makeUnwritable(...paths: string[]): (() => void) | undefined {
  const asRoot = process.getuid?.() === 0;
  const modes = paths.map((path) => statSync(path).mode);
  const undo = () => {
    if (asRoot) execFileSync('chattr', ['-i', ...paths]);
    else paths.forEach((path, index) => chmodSync(path, modes[index]!));
  };
  try {
    if (asRoot) execFileSync('chattr', ['+i', ...paths], { stdio: 'ignore' });
    else for (const path of paths) chmodSync(path, statSync(path).mode & ~0o222);
  } catch {
    return undefined;
  }
  if (paths.some(isWritable)) {
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
