import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../test-support/temp-db';
import { HEADER_POLICY, PAGE_POLICY } from './content-security-policy';
import { startBrowserHost, type BrowserHost } from './server';

const RENDERER = resolve(import.meta.dirname, '../../renderer');

let folder: ReturnType<typeof tempFolder>;
let host: BrowserHost;

beforeAll(async () => {
  folder = tempFolder();
  host = await startBrowserHost({ dataDir: folder.path, port: 0, rendererDir: RENDERER, appVersion: 'test' });
});
afterAll(async () => {
  await host.close();
  folder.remove();
});

describe('the content security policy', () => {
  it('is the one in the page’s own <meta> tag, which the Electron window enforces', () => {
    const page = readFileSync(resolve(RENDERER, 'index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(page);
    expect(meta?.[1]).toBe(PAGE_POLICY);
  });

  it('is sent by the browser host with the page, refusing frames both ways', async () => {
    const response = await fetch(host.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root">');
    expect(response.headers.get('content-security-policy')).toBe(HEADER_POLICY);
    expect(HEADER_POLICY.split('; ')).toEqual(
      expect.arrayContaining(["frame-src 'none'", "frame-ancestors 'none'"]),
    );
  });
});
