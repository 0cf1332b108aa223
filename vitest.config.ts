import { defineConfig } from 'vitest/config';

/**
 * The tests whose clinic dates come from a clock run again in two zones far from UTC, whatever zone
 * the machine is in: there a UTC date or stamp taken for the clinic's own fails. At the tests' pinned
 * 09:30 (TEST_CLINIC_NOW) it is still the day before in UTC in Kiritimati; in Los Angeles an instant
 * pinned in UTC instead, such as 09:30Z, is 01:30 at the clinic, before its morning's sessions.
 */
const CLOCK_SENSITIVE = [
  'shared/domain/**/*.test.ts',
  'electron/core/services/**/*.test.ts',
  'electron/core/runtime/**/*.test.ts',
  // The renderer's forms and printouts that handle dates; its scene tests have none.
  'renderer/src/features/**/*.test.{ts,tsx}',
];

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'renderer/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: { name: 'in Kiritimati', include: CLOCK_SENSITIVE, env: { TZ: 'Pacific/Kiritimati' } },
      },
      {
        extends: true,
        test: { name: 'in Los Angeles', include: CLOCK_SENSITIVE, env: { TZ: 'America/Los_Angeles' } },
      },
    ],
  },
});
