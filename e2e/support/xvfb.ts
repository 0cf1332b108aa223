import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Xvfb on the PATH, where installed (`apt-get install xvfb`; scripts/setup.sh does). */
export const xvfbExecutable = (process.env.PATH ?? '')
  .split(delimiter)
  .map((folder) => join(folder, 'Xvfb'))
  .find((path) => existsSync(path));

export interface VirtualDisplay {
  /** The value for DISPLAY, such as `:3`. */
  display: string;
  stop: () => Promise<void>;
}

/** A virtual X display on a free display number, which Xvfb picks and reports itself (`-displayfd`). */
export function startVirtualDisplay(): Promise<VirtualDisplay> {
  const xvfb: ChildProcess = spawn(xvfbExecutable!, ['-displayfd', '3', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolvePromise, reject) => {
    let errors = '';
    xvfb.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready:\n${errors}`)));
    xvfb.stdio[3]!.once('data', (chunk: Buffer) =>
      resolvePromise({
        display: `:${chunk.toString().trim()}`,
        stop: () =>
          new Promise((stopped) => {
            if (xvfb.exitCode !== null) return stopped();
            xvfb.once('exit', () => stopped());
            xvfb.kill();
          }),
      }),
    );
  });
}
