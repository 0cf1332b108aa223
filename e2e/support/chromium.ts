import { existsSync } from 'node:fs';

/**
 * Which Chromium to drive: FASCIAMAP_CHROMIUM if set, else Debian's, else Playwright's own (on a
 * machine where `npx playwright install` could download it).
 */
export function chromiumExecutable(): string | undefined {
  const chosen = process.env.FASCIAMAP_CHROMIUM;
  if (chosen) return chosen;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/**
 * Software WebGL through SwiftShader, so the 3D model renders headless; no background network
 * traffic, which this machine would refuse noisily.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
