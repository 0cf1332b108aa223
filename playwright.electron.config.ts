import { defineConfig } from '@playwright/test';

/**
 * The real Electron app, driven through Playwright's `_electron`. It runs wherever the Electron
 * binary is installed; where it is not (it cannot be downloaded on the project's build machines)
 * every test reports itself skipped and says why.
 */
export default defineConfig({
  testDir: 'e2e/electron',
  outputDir: 'test-results/electron',
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
  globalSetup: './e2e/electron/global-setup.ts',
});
