import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.bin': 'application/octet-stream',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** Reads a file of the built renderer; a path that escapes its folder or does not exist gives undefined. */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | undefined> {
  const relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  const file = normalize(join(root, relative));
  if (!file.startsWith(normalize(root) + sep)) return undefined;
  try {
    const body = await readFile(file);
    return { body, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}
