import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * A machine on which Electron cannot be had: no binary where the start script looks (an empty
 * override folder, an empty download cache), and a download source that has no Electron (a loopback
 * server answering 404), so even a connected machine tests the fallback and downloads nothing.
 */
export async function machineWithoutElectron(): Promise<{ env: NodeJS.ProcessEnv; close: () => void }> {
  const mirror: Server = createServer((_request, response) => response.writeHead(404).end());
  await new Promise<void>((resolvePromise) => mirror.listen(0, '127.0.0.1', resolvePromise));
  const { port } = mirror.address() as AddressInfo;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ELECTRON_OVERRIDE_DIST_PATH: mkdtempSync(join(tmpdir(), 'fasciamap-no-electron-')),
    electron_config_cache: mkdtempSync(join(tmpdir(), 'fasciamap-no-electron-cache-')),
    ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
  };
  return { env, close: () => mirror.close() };
}

export interface StartScript {
  process: ChildProcess;
  /** Everything it printed so far, stdout and stderr together. */
  output: () => string;
  /** The first match of `pattern` in its output, once it appears; rejects if the script ends first. */
  waitFor: (pattern: RegExp) => Promise<RegExpExecArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Runs `npm start`'s last step (scripts/start.mjs) on the renderer the test run already built, as
 * `npm start` runs it after its build.
 */
export function runStartScript(env: NodeJS.ProcessEnv): StartScript {
  const child = spawn(process.execPath, [resolve(ROOT, 'scripts/start.mjs')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolvePromise) =>
    child.once('exit', (code, signal) => resolvePromise({ code, signal })),
  );
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolvePromise, reject) => {
      const check = () => {
        const match = pattern.exec(output);
        if (!match) return;
        listeners.delete(check);
        resolvePromise(match);
      };
      listeners.add(check);
      check();
      void exited.then(({ code, signal }) =>
        reject(
          new Error(`The start script ended (${signal ?? code}) before printing ${pattern}:\n${output}`),
        ),
      );
    });
  return { process: child, output: () => output, waitFor, exited };
}

/** Without a display, as on a server or over SSH. */
export function withoutDisplay(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DISPLAY: _display, WAYLAND_DISPLAY: _wayland, ...rest } = env;
  return rest;
}
