import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { figure, type Figure } from './measure';

/** The scripts and style sheets the renderer's page asks for before its first screen: the entry and what it preloads. */
export function initialAssets(indexHtml: string): string[] {
  const references = indexHtml.matchAll(
    /<(?:script[^>]*\ssrc|link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*\shref)="\.?\/?([^"]+)"/g,
  );
  return [...new Set([...references].map((match) => match[1]!))];
}

const CODE = /\.(js|css)$/;
const kilobytes = (bytes: number) => bytes / 1024;
const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * What the built renderer ships (`out/renderer`): the gzip size of the code the first screen
 * loads, beside the gzip size of all of it (what an unsplit bundle would load at start), and the
 * minified size of all of it. Fonts are left out: the browser fetches only the ones a page uses.
 */
export function bundleFigures(rendererDir: string): Figure[] {
  const assets = join(rendererDir, 'assets');
  const code = readdirSync(assets)
    .filter((name) => CODE.test(name))
    .map((name) => join(assets, name));
  const initial = initialAssets(readFileSync(join(rendererDir, 'index.html'), 'utf8'))
    .filter((path) => CODE.test(path))
    .map((path) => join(rendererDir, path));
  const sum = (files: string[], size: (file: string) => number) =>
    files.reduce((total, file) => total + size(file), 0);
  return [
    figure(
      'bundle_initial_kb',
      kilobytes(sum(initial, gzipped)),
      'kB gzip',
      `scripts and styles loaded before the first screen (${initial.length} files), against all of them`,
      kilobytes(sum(code, gzipped)),
    ),
    figure(
      'bundle_total_kb',
      kilobytes(sum(code, (file) => statSync(file).size)),
      'kB',
      `every script and style of the minified renderer (${code.length} files); baseline what the first screen loads`,
      kilobytes(sum(initial, (file) => statSync(file).size)),
    ),
  ];
}
