import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { expectAccessible } from './accessibility';
import { startHost, type RunningHost } from './host';
import { unlockAsTestTherapist } from './profile';

export interface Clinic {
  /** This test's own data folder; the SQLite file is `fasciamap.sqlite` in it. */
  dataDir: string;
  host: RunningHost;
  /** Stops the host and starts a new one on the same data, as a therapist closing and reopening the app would. */
  restart: () => Promise<void>;
  /** Opens an in-app route (the part after `#`) and waits for its heading. */
  open: (route: string, heading: string | RegExp) => Promise<void>;
  /** Waits for a screen's heading, then runs the accessibility check on it. */
  expectScreen: (heading: string | RegExp) => Promise<void>;
}

/** Starts the host and, unless the test asked to start locked, unlocks it as the test therapist. */
async function startClinicHost(dataDir: string, unlocked: boolean): Promise<RunningHost> {
  const host = await startHost(dataDir);
  if (unlocked) await unlockAsTestTherapist(host);
  return host;
}

export const test = base.extend<{ clinic: Clinic; unlocked: boolean }>({
  /** `test.use({ unlocked: false })` starts at the lock (or first-run) screen instead. */
  unlocked: [true, { option: true }],
  clinic: async ({ page, unlocked }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fasciamap-e2e-'));
    let host = await startClinicHost(dataDir, unlocked);
    const expectScreen = async (heading: string | RegExp) => {
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expectAccessible(page, String(heading));
    };
    const clinic: Clinic = {
      dataDir,
      get host() {
        return host;
      },
      restart: async () => {
        await host.stop();
        host = await startClinicHost(dataDir, unlocked);
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
