import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const config = JSON.parse(readFileSync(resolve(root, 'electron-builder.json'), 'utf8')) as {
  asar: boolean;
  electronFuses: Record<string, boolean>;
};
const scheme = JSON.parse(
  readFileSync(resolve(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
) as {
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
};

describe('the packaging config', () => {
  it('flips the production fuses that close Node-level ways into the app', () => {
    expect(config.electronFuses).toMatchObject({
      // No `ELECTRON_RUN_AS_NODE`: the signed binary cannot be used as a plain Node interpreter.
      runAsNode: false,
      // NODE_OPTIONS and --inspect could inject code into main.
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      // The app code is the asar that was packaged, and only that.
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
    expect(config.asar).toBe(true);
  });

  it('uses only fuse names electron-builder knows, so a typo cannot silently leave a fuse on', () => {
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    for (const fuse of Object.keys(config.electronFuses)) expect(known).toContain(fuse);
  });
});
