import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { expectAccessible } from './accessibility';
import { startHost, type RunningHost } from './host';
import { unlockAsTestTherapist } from './profile';
import { machineTimeZone, runInstant, testClock, type TestClock } from './test-clock';

export interface Clinic {
  /** This test's own data folder; the SQLite file is `fasciamap.sqlite` in it. */
  dataDir: string;
  host: RunningHost;
  /** The clinic's clock: build every date a test seeds or expects from it, never from `new Date()`. */
  clock: TestClock;
  /** Stops the host and starts a new one on the same data, as a therapist closing and reopening the app would. */
  restart: () => Promise<void>;
  /** Opens an in-app route (the part after `#`) and waits for its heading. */
  open: (route: string, heading: string | RegExp) => Promise<void>;
  /** Waits for a screen's heading, then runs the accessibility check on it. */
  expectScreen: (heading: string | RegExp) => Promise<void>;
}

/**
 * Starts the host on the test clock (at `at`) and, unless the test asked to start locked, unlocks it
 * as the test therapist.
 */
async function startClinicHost(
  dataDir: string,
  clock: TestClock,
  at: Date,
  unlocked: boolean,
): Promise<RunningHost> {
  const host = await startHost(dataDir, { clock: { at, timeZone: clock.timeZone } });
  if (unlocked) await unlockAsTestTherapist(host);
  return host;
}

export interface ClinicOptions {
  /** `test.use({ unlocked: false })` starts at the lock (or first-run) screen instead. */
  unlocked: boolean;
  /** The instant the clinic starts at; its zone is Playwright's `timezoneId`, else the machine's. */
  testNow: string;
}

export const test = base.extend<{ clinic: Clinic } & ClinicOptions>({
  unlocked: [true, { option: true }],
  testNow: [runInstant(), { option: true }],
  clinic: async ({ page, unlocked, testNow, timezoneId }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fasciamap-e2e-'));
    const clock = testClock(testNow, timezoneId ?? machineTimeZone());
    let host = await startClinicHost(dataDir, clock, clock.start, unlocked);
    // The page's clock starts at the same instant, once the host is up: it runs a moment behind the
    // host's, never ahead, so nothing the page takes for past is still to come for the host.
    await page.clock.install({ time: clock.start });
    const expectScreen = async (heading: string | RegExp) => {
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expectAccessible(page, String(heading));
    };
    const clinic: Clinic = {
      dataDir,
      get host() {
        return host;
      },
      clock,
      restart: async () => {
        await host.stop();
        // The clinic's time goes on from where it was, as it would across a real restart.
        host = await startClinicHost(dataDir, clock, clock.now(), unlocked);
      },
      open: async (route, heading) => {
        await page.goto(withRoute(host.url, route));
        await expectScreen(heading);
      },
      expectScreen,
    };
    await use(clinic);
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

/** The host's tokened address with an in-app route as its hash. */
function withRoute(url: string, route: string): string {
  const address = new URL(url);
  address.hash = route.startsWith('/') ? route : `/${route}`;
  return address.href;
}

export async function fillClientForm(
  page: Page,
  fields: { givenName: string; familyName: string; dateOfBirth: string; email?: string },
): Promise<void> {
  await page.getByLabel('Given name').fill(fields.givenName);
  await page.getByLabel('Family name').fill(fields.familyName);
  await page.getByLabel('Date of birth').fill(fields.dateOfBirth);
  if (fields.email !== undefined) await page.getByLabel('Email').fill(fields.email);
}

export { expect };
