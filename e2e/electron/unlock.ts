import type { ElectronApplication } from '@playwright/test';
import { TEST_THERAPIST } from '../support/profile';

/**
 * The Electron app starts locked, like the browser host: this creates the test therapist on first
 * launch, or unlocks with it on a later one, through the window's own `window.api`, then reloads.
 */
export async function unlockElectron(app: ElectronApplication): Promise<void> {
  const page = await app.firstWindow();
  await page.waitForFunction(() => window.api !== undefined);
  const status = await page.evaluate(() => window.api!.access.status({}));
  if (!status.ok) throw new Error('The app did not report its lock state');
  const result =
    status.value.state === 'setup'
      ? await page.evaluate((profile) => window.api!.access.createProfile(profile), TEST_THERAPIST)
      : await page.evaluate(
          ({ profileId, passphrase }) => window.api!.access.unlock({ profileId, passphrase }),
          { profileId: status.value.profiles[0]!.id, passphrase: TEST_THERAPIST.passphrase },
        );
  if (!result.ok) throw new Error('Could not unlock the app as the test therapist');
  await page.reload();
}
