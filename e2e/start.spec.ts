import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { NO_ELECTRON_MESSAGE } from '../scripts/electron-binary.mjs';
import { chromiumExecutable } from './support/chromium';
import { hostClient } from '../electron/test-support/host-client';
import { TEST_THERAPIST } from './support/profile';
import {
  machineWithoutElectron,
  runStartScript,
  withoutDisplay,
  type StartScript,
} from './support/start-script';
import { startVirtualDisplay, xvfbExecutable, type VirtualDisplay } from './support/xvfb';

/**
 * `npm start` on a machine without Electron's binary: the browser host on the data folder, in a
 * Chromium app window where there is a display, and one FasciaMap per data folder either way.
 */

let dataDir: string;
let noElectron: Awaited<ReturnType<typeof machineWithoutElectron>>;
const started: StartScript[] = [];

test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'fasciamap-start-'));
  noElectron = await machineWithoutElectron();
});

test.afterEach(async () => {
  // A test that failed half way leaves its start script running: stopping it also closes its window.
  for (const script of started.splice(0)) {
    if (script.process.exitCode === null && script.process.signalCode === null)
      script.process.kill('SIGTERM');
    await script.exited;
  }
  noElectron.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function start(env: NodeJS.ProcessEnv): StartScript {
  const script = runStartScript({ ...env, FASCIAMAP_DATA_DIR: dataDir });
  started.push(script);
  return script;
}

const RUNNING_AT = /FasciaMap is running at (\S+)/;

interface HostFile {
  app: string;
  pid: number;
  url?: string;
}
const hostFile = () => join(dataDir, 'host.json');
const readHostFile = () => JSON.parse(readFileSync(hostFile(), 'utf8')) as HostFile;
const quitBackups = () =>
  existsSync(join(dataDir, 'backups'))
    ? readdirSync(join(dataDir, 'backups')).filter((name) => name.endsWith('-quit.sqlite'))
    : [];

test('without a display it serves the app at the address it prints, and Ctrl+C stops it after the backup on quit', async () => {
  const script = start(withoutDisplay(noElectron.env));
  const url = (await script.waitFor(RUNNING_AT))[1]!;
  expect(script.output().split('\n')[0]).toBe(NO_ELECTRON_MESSAGE);

  const page = await fetch(url);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<title>FasciaMap</title>');
  expect(await hostClient({ url }).result('access.createProfile', TEST_THERAPIST)).toMatchObject({
    ok: true,
  });
  expect(await hostClient({ url }).result('clients.list', {})).toMatchObject({ ok: true, value: [] });

  // The running host is on record for a second start, privately: the address carries the token.
  expect(readHostFile()).toEqual({ app: 'browser-host', pid: script.process.pid, url });
  expect(statSync(hostFile()).mode & 0o777).toBe(0o600);
  expect(quitBackups()).toEqual([]);

  script.process.kill('SIGINT');
  expect(await script.exited).toEqual({ code: 0, signal: null });
  expect(quitBackups()).toHaveLength(1);
  expect(existsSync(hostFile())).toBe(false);
});

test('a second start on the same data folder names the running one and leaves it alone', async () => {
  const first = start(withoutDisplay(noElectron.env));
  const url = (await first.waitFor(RUNNING_AT))[1]!;
  expect(await hostClient({ url }).result('access.createProfile', TEST_THERAPIST)).toMatchObject({
    ok: true,
  });
  const record = readHostFile();

  const second = start(withoutDisplay(noElectron.env));
  expect(await second.exited).toEqual({ code: 0, signal: null });
  expect(second.output()).toContain(`FasciaMap is already running at ${url}`);
  // It never became a host of its own: no address of its own, no claim on the folder.
  expect(second.output()).not.toMatch(RUNNING_AT);
  expect(readHostFile()).toEqual(record);

  // The first is still serving, still unlocked: nothing reopened or locked its database.
  expect(await hostClient({ url }).result('clients.list', {})).toMatchObject({ ok: true, value: [] });
  first.process.kill('SIGINT');
  expect(await first.exited).toEqual({ code: 0, signal: null });
  expect(quitBackups()).toHaveLength(1);
});

test('a start after a crash takes over the data folder the crashed host left on record', async () => {
  const crashed = start(withoutDisplay(noElectron.env));
  await crashed.waitFor(RUNNING_AT);
  crashed.process.kill('SIGKILL');
  await crashed.exited;
  expect(readHostFile().pid).toBe(crashed.process.pid);

  const next = start(withoutDisplay(noElectron.env));
  const url = (await next.waitFor(RUNNING_AT))[1]!;
  expect(readHostFile()).toEqual({ app: 'browser-host', pid: next.process.pid, url });
  expect(await hostClient({ url }).result('access.status', {})).toMatchObject({ ok: true });
});

test.describe('with a display', () => {
  const browserPath = chromiumExecutable();
  test.skip(
    !xvfbExecutable,
    'Skipped: Xvfb is not installed (apt-get install xvfb, as scripts/setup.sh does)',
  );
  test.skip(!browserPath, 'Skipped: no Chromium (apt-get install chromium, or set FASCIAMAP_CHROMIUM)');

  let screen: VirtualDisplay;
  test.beforeEach(async () => {
    screen = await startVirtualDisplay();
  });
  test.afterEach(async () => {
    await screen.stop();
  });

  /**
   * The Chromium the start script opens, with two additions for the test: a DevTools port (0: any free
   * one, written to the profile's DevToolsActivePort) to look into the window, and no sandbox, which
   * Chromium needs when the tests run as root. Software WebGL, as in the other browser tests.
   */
  function inspectableChromium(): string {
    const wrapper = join(dataDir, 'chromium-for-the-test');
    const extra =
      '--remote-debugging-port=0 --no-sandbox --use-angle=swiftshader --enable-unsafe-swiftshader';
    writeFileSync(wrapper, `#!/bin/sh\nexec '${browserPath}' ${extra} "$@"\n`, { mode: 0o755 });
    return wrapper;
  }

  test('it opens the app in a Chromium app window, and closing the window stops the host after the backup on quit', async () => {
    const env = {
      ...withoutDisplay(noElectron.env),
      DISPLAY: screen.display,
      FASCIAMAP_CHROMIUM: inspectableChromium(),
    };
    const script = start(env);
    const url = (await script.waitFor(/FasciaMap is running at (\S+) in a Chromium app window/))[1]!;
    expect(script.output().split('\n')[0]).toBe(NO_ELECTRON_MESSAGE);
    expect(await hostClient({ url }).result('access.createProfile', TEST_THERAPIST)).toMatchObject({
      ok: true,
    });

    const profile = join(dataDir, 'browser-profile');
    expect(statSync(profile).mode & 0o777).toBe(0o700);
    const devToolsFile = join(profile, 'DevToolsActivePort');
    await expect.poll(() => existsSync(devToolsFile)).toBe(true);

    // The browser's own command line: app mode on the tokened address, its own profile, kept quiet.
    const lockOwner = readlinkSync(join(profile, 'SingletonLock'));
    const browserPid = lockOwner.slice(lockOwner.lastIndexOf('-') + 1);
    const commandLine = readFileSync(`/proc/${browserPid}/cmdline`, 'utf8').split('\0');
    expect(commandLine).toEqual(
      expect.arrayContaining([
        `--app=${url}`,
        `--user-data-dir=${profile}`,
        '--no-first-run',
        '--disable-background-networking',
        '--disable-sync',
        '--disable-component-update',
      ]),
    );

    const port = readFileSync(devToolsFile, 'utf8').split('\n')[0];
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const windows = () => browser.contexts().flatMap((context) => context.pages());
    // The page takes the token out of its address once read, so the windows are told by their origin.
    const origins = () => windows().map((page) => new URL(page.url()).origin);
    const { origin } = new URL(url);
    await expect.poll(origins).toEqual([origin]);
    const [first] = windows();
    // The window may have drawn the first-run screen before the test created the profile.
    await first!.reload();
    await expect(first!.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

    // A second start opens another window on the same host and leaves.
    const second = start(env);
    expect(await second.exited).toEqual({ code: 0, signal: null });
    expect(second.output()).toContain(
      'FasciaMap is already running on this data folder: it opens in another window.',
    );
    await expect.poll(origins).toEqual([origin, origin]);
    const other = windows().find((page) => page !== first)!;
    await expect(other.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

    // The host lives as long as one of its windows is open.
    await first!.close();
    expect(await hostClient({ url }).result('clients.list', {})).toMatchObject({ ok: true });
    await other.close();
    expect(await script.exited).toEqual({ code: 0, signal: null });
    expect(quitBackups()).toHaveLength(1);
    expect(existsSync(hostFile())).toBe(false);
  });
});
