import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../electron/test-support/temp-db';
import { bundleFigures, initialAssets } from './bundle';

const INDEX = `<!doctype html><html><head>
    <script type="module" crossorigin src="./assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/react-B.js">
    <link rel="stylesheet" crossorigin href="./assets/index-C.css">
    <link rel="icon" href="./assets/icon.png">
  </head><body></body></html>`;

/** Bytes from a linear congruential generator: no repeats gzip could find. */
function noise(length: number): Buffer {
  let state = 20_261_201;
  return Buffer.from(
    Array.from({ length }, () => {
      state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
      return state >>> 24;
    }),
  );
}

describe('the bundle figures', () => {
  const build = tempFolder('fasciamap-bundle-test-');
  afterAll(() => build.remove());

  it('count the entry, its preloads and its style sheet as the first screen’s code', () => {
    expect(initialAssets(INDEX)).toEqual(['assets/index-A.js', 'assets/react-B.js', 'assets/index-C.css']);
  });

  it('weigh the first screen’s code against all the code, leaving lazily loaded chunks out of it', () => {
    mkdirSync(join(build.path, 'assets'));
    writeFileSync(join(build.path, 'index.html'), INDEX);
    writeFileSync(join(build.path, 'assets/index-A.js'), 'a'.repeat(2048));
    writeFileSync(join(build.path, 'assets/react-B.js'), 'b'.repeat(1024));
    writeFileSync(join(build.path, 'assets/index-C.css'), 'c'.repeat(1024));
    // A lazily loaded chunk of noise, which gzip cannot shrink: only the totals hold it.
    writeFileSync(join(build.path, 'assets/three-D.js'), noise(8192));
    writeFileSync(join(build.path, 'assets/font.woff2'), 'f'.repeat(50_000));

    const [initial, total] = bundleFigures(build.path);
    expect(total).toMatchObject({ name: 'bundle_total_kb', value: (2048 + 1024 + 1024 + 8192) / 1024 });
    expect(initial!.name).toBe('bundle_initial_kb');
    expect(initial!.value).toBeGreaterThan(0);
    expect(initial!.value).toBeLessThan(0.5); // three repeated letters gzip to a few dozen bytes each
    expect(initial!.baseline).toBeGreaterThan(initial!.value + 7); // the noise stays near 8 kB
  });
});
