import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/support/chromium';
import type { ClinicOptions } from './e2e/support/fixtures';

/**
 * The renderer end to end in Chromium through the browser host (run `npm run build` first).
 * Every test runs once on the pinned test clock (e2e/support/test-clock.ts) in the machine's zone;
 * the tests tagged @clock, those whose screens and records turn on the date, run again at two hours
 * where the clinic's day and UTC's differ: early morning east of UTC and late evening west of it.
 */
export default defineConfig<ClinicOptions>({
  testDir: 'e2e',
  testIgnore: ['electron/**'],
  outputDir: 'test-results/browser',
  fullyParallel: false,
  // Software WebGL takes a whole core; one test at a time keeps frames, and so runs, predictable.
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: {
    timeout: 15_000,
    // SwiftShader draws the same pixels every time in a given Chromium build (runs here match to the
    // pixel). The per-pixel colour threshold, a quarter of the default, still sees the faintest layer:
    // hiding the translucent superficial fascia changes 6-8 % of pixels in every view, far past 1 %.
    toHaveScreenshot: {
      threshold: 0.05,
      maxDiffPixelRatio: 0.01,
      animations: 'disabled',
      caret: 'hide',
      scale: 'css',
    },
  },
  // References live in the repository, one folder per spec, the same for every project and platform:
  // they belong to the Chromium the suite runs in (README, "Reference images").
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'browser' },
    {
      name: '06:00 in Kiritimati',
      grep: /@clock/,
      // UTC+14: 30 November in UTC while it is already 1 December at the clinic.
      use: { testNow: '2026-12-01T06:00:00+14:00', timezoneId: 'Pacific/Kiritimati' },
    },
    {
      name: '23:30 in Los Angeles',
      grep: /@clock/,
      // UTC-8 in December: 2 December in UTC while it is still 1 December at the clinic.
      use: { testNow: '2026-12-01T23:30:00-08:00', timezoneId: 'America/Los_Angeles' },
    },
  ],
});
