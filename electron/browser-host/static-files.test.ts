import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../test-support/temp-db';
import { readStaticFile } from './static-files';

let folder: ReturnType<typeof tempFolder>;
let renderer: string;
let outside: string;

beforeEach(() => {
  folder = tempFolder();
  renderer = join(folder.path, 'renderer');
  outside = join(folder.path, 'outside');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>FasciaMap</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(outside, 'clinic-notes.txt'), 'not part of the renderer');
});
afterEach(() => folder.remove());

describe('readStaticFile', () => {
  it('serves the renderer’s own files', async () => {
    expect((await readStaticFile(renderer, '/'))?.contentType).toBe('text/html; charset=utf-8');
    expect((await readStaticFile(renderer, '/assets/app.js'))?.body.toString()).toBe('console.log(1)');
  });

  it('refuses a symbolic link that leads out of the renderer folder', async () => {
    symlinkSync(join(outside, 'clinic-notes.txt'), join(renderer, 'assets', 'notes.js'));
    symlinkSync(outside, join(renderer, 'linked-folder'));
    expect(await readStaticFile(renderer, '/assets/notes.js')).toBeUndefined();
    expect(await readStaticFile(renderer, '/linked-folder/clinic-notes.txt')).toBeUndefined();
  });

  it('still follows a link that stays inside, and a renderer folder reached through a link', async () => {
    symlinkSync(join(renderer, 'assets', 'app.js'), join(renderer, 'alias.js'));
    const linkedRoot = join(folder.path, 'linked-renderer');
    symlinkSync(renderer, linkedRoot);
    expect((await readStaticFile(renderer, '/alias.js'))?.body.toString()).toBe('console.log(1)');
    expect((await readStaticFile(linkedRoot, '/assets/app.js'))?.body.toString()).toBe('console.log(1)');
  });

  it('refuses paths that climb out, and malformed escapes', async () => {
    expect(await readStaticFile(renderer, '/../outside/clinic-notes.txt')).toBeUndefined();
    expect(await readStaticFile(renderer, '/%2e%2e/outside/clinic-notes.txt')).toBeUndefined();
    expect(await readStaticFile(renderer, '/%E0%A4%A')).toBeUndefined();
  });
});
