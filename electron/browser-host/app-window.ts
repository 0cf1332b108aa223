import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readlinkSync } from 'node:fs';
import { join, win32 } from 'node:path';
import { isProcessAlive } from '../core/host-file';

/**
 * The browser host shown as an app: Chromium or Chrome in app mode (one window, no toolbar) on its
 * own profile inside the data folder, so it is a browser process of its own, separate from the
 * clinic's everyday browser, and closing the window ends it.
 */

/** FASCIAMAP_CHROMIUM when set, else the first usual install of Chromium or Chrome found. */
export function findChromium(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  if (env.FASCIAMAP_CHROMIUM) return env.FASCIAMAP_CHROMIUM;
  return usualInstalls(platform, env).find((path) => exists(path));
}

function usualInstalls(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin')
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  if (platform === 'win32')
    return [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].flatMap((folder) =>
      folder ? [win32.join(folder, 'Google', 'Chrome', 'Application', 'chrome.exe')] : [],
    );
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
}

/** Whether a window can be shown: X11 or Wayland on Linux and the BSDs; macOS and Windows always have a desktop. */
export function hasDisplay(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** The app window's own profile, private to the account like the rest of the data folder. */
export function browserProfileDir(dataDir: string): string {
  const profile = join(dataDir, 'browser-profile');
  mkdirSync(profile, { recursive: true, mode: 0o700 });
  chmodSync(profile, 0o700);
  return profile;
}

export function appWindowArgs(url: string, profileDir: string): string[] {
  return [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    // Quiet and private: no first-run pages or prompts, nothing fetched or synced in the background.
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-extensions',
    '--disable-features=Translate,MediaRouter,OptimizationHints',
  ];
}

/**
 * Whether a browser from an earlier run still has the profile open (Chromium's `SingletonLock` names
 * its process as `host-pid`). A new window would then open in that browser, and the process started
 * for it would exit at once; Windows keeps no such link, and there this answers false.
 */
export function profileInUse(profileDir: string): boolean {
  let owner: string;
  try {
    owner = readlinkSync(join(profileDir, 'SingletonLock'));
  } catch {
    return false;
  }
  const pid = Number(owner.slice(owner.lastIndexOf('-') + 1));
  return Number.isInteger(pid) && pid > 0 && isProcessAlive(pid);
}

/**
 * Opens the window. `detached` for a window on a host that another process runs: this process can
 * then exit and leave it open.
 */
export function openAppWindow(
  chromium: string,
  url: string,
  profileDir: string,
  { detached = false } = {},
): ChildProcess {
  const browser = spawn(chromium, appWindowArgs(url, profileDir), { stdio: 'ignore', detached });
  if (detached) browser.unref();
  return browser;
}
