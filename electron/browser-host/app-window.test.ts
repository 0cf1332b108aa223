import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../test-support/temp-db';
import { browserProfileDir, findChromium, hasDisplay, profileInUse } from './app-window';

describe('which browser opens the app window', () => {
  const installed =
    (...paths: string[]) =>
    (path: string) =>
      paths.includes(path);

  it('is the one FASCIAMAP_CHROMIUM names, before any usual install', () => {
    const env = { FASCIAMAP_CHROMIUM: '/opt/chromium/chrome' };
    expect(findChromium('linux', env, installed('/usr/bin/chromium'))).toBe('/opt/chromium/chrome');
  });

  it('is else the first of Chromium, chromium-browser and Google Chrome installed on Linux', () => {
    expect(findChromium('linux', {}, installed('/usr/bin/google-chrome', '/usr/bin/chromium-browser'))).toBe(
      '/usr/bin/chromium-browser',
    );
    expect(findChromium('linux', {}, installed('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome');
    expect(findChromium('linux', {}, installed())).toBeUndefined();
  });

  it('is Chrome from its usual folders on Windows and macOS', () => {
    const chrome = 'C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    const env = { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' };
    expect(findChromium('win32', env, installed(chrome))).toBe(chrome);
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromium('darwin', {}, installed(mac))).toBe(mac);
  });
});

describe('whether there is a display', () => {
  it('needs X11 or Wayland on Linux', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: '' })).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: ':0' })).toBe(true);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
  });

  it('is taken for granted on macOS and Windows', () => {
    expect(hasDisplay('darwin', {})).toBe(true);
    expect(hasDisplay('win32', {})).toBe(true);
  });
});

describe("the app window's profile", () => {
  let folder: ReturnType<typeof tempFolder>;
  beforeEach(() => {
    folder = tempFolder('fasciamap-app-window-');
  });
  afterEach(() => folder.remove());

  it('is a folder in the data folder that only the account can open, even one made wider before', () => {
    const profile = browserProfileDir(folder.path);
    expect(profile).toBe(join(folder.path, 'browser-profile'));
    expect(statSync(profile).mode & 0o777).toBe(0o700);
    chmodSync(profile, 0o755);
    browserProfileDir(folder.path);
    expect(statSync(profile).mode & 0o777).toBe(0o700);
  });

  it("is in use while the browser process named by Chromium's SingletonLock is alive", () => {
    const live = join(folder.path, 'live');
    mkdirSync(live);
    symlinkSync(`clinic-pc-${process.pid}`, join(live, 'SingletonLock'));
    expect(profileInUse(live)).toBe(true);

    const left = join(folder.path, 'left-by-a-crash');
    mkdirSync(left);
    const exited = Number(
      spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout,
    );
    symlinkSync(`clinic-pc-${exited}`, join(left, 'SingletonLock'));
    expect(profileInUse(left)).toBe(false);

    expect(profileInUse(folder.path)).toBe(false);
  });
});
