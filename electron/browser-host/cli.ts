import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeRunning } from '../core/host-file';
import { appVersion, BUILT_RENDERER, chosenDataDir } from './launch-options';
import { startSoleHost } from './sole-host';
import { hostClock, TEST_CLOCK_OPTIONS } from './test-clock';

/**
 * `npm run start:browser -- [--data-dir DIR] [--port N] [--renderer-dir DIR]`: FasciaMap in a
 * browser, without Electron. The benchmarks serve a copy of the built renderer (`--renderer-dir`),
 * so a rebuild of out/ during a long run cannot pull the scripts from under the page. The end-to-end
 * tests also pass `--test-clock <instant>`, for tests only (see test-clock.ts).
 */
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    'renderer-dir': { type: 'string' },
    ...TEST_CLOCK_OPTIONS,
  },
});

const port = Number(values.port ?? 0);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  process.exit(2);
}

let clock: ReturnType<typeof hostClock>;
try {
  clock = hostClock(values['test-clock']);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
if (clock.notice) console.error(clock.notice);

const dataDir = chosenDataDir(values['data-dir'], process.env);

try {
  const started = await startSoleHost({
    dataDir,
    port,
    rendererDir: resolve(values['renderer-dir'] ?? BUILT_RENDERER),
    appVersion: appVersion(),
    now: clock.now,
  });
  if ('running' in started) {
    console.log(describeRunning(started.running));
    process.exit(0);
  }
  const { host } = started;
  console.log(`FasciaMap is running at ${host.url}`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`FasciaMap could not start: ${(error as Error).message}`);
  process.exit(1);
}
