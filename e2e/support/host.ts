import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface RunningHost {
  url: string;
  stop: () => Promise<void>;
}

export interface HostOptions {
  /** A copy of the built renderer to serve instead of out/renderer. */
  rendererDir?: string;
  /** The test clock: the host's clock starts at `at` (and runs on), in the zone `timeZone`. */
  clock?: { at: Date; timeZone: string };
}

/**
 * Starts the real browser host (same services, real SQLite) on a free loopback port, serving the
 * built renderer from out/ or from `rendererDir`; on the machine's clock unless given a test clock.
 */
export function startHost(dataDir: string, options: HostOptions = {}): Promise<RunningHost> {
  const renderer = options.rendererDir ? ['--renderer-dir', options.rendererDir] : [];
  const clock = options.clock ? ['--test-clock', options.clock.at.toISOString()] : [];
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      resolve(ROOT, 'electron/browser-host/cli.ts'),
      '--data-dir',
      dataDir,
      '--port',
      '0',
      ...renderer,
      ...clock,
    ],
    {
      cwd: ROOT,
      env: options.clock ? { ...process.env, TZ: options.clock.timeZone } : process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /FasciaMap is running at (\S+)/.exec(output);
      if (match) {
        child.stdout?.off('data', onData);
        resolvePromise({ url: match[1]!, stop: () => stop(child) });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`The browser host exited (${code}) before starting:\n${output}`)),
    );
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null) return resolvePromise();
    child.once('exit', () => resolvePromise());
    child.kill('SIGTERM');
  });
}
