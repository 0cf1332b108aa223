import { readFile, realpath } from 'node:fs/promises';
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

/** Whether `file` lies inside `folder` (both already resolved the same way). */
function isInside(file: string, folder: string): boolean {
  return file.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * Reads a file of the built renderer; a path that escapes its folder or does not exist gives
 * undefined. The check is made twice: on the path as written (`..`), and on the real paths once
 * links are followed, so a symbolic link inside the folder cannot serve a file from outside it.
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | undefined> {
  try {
    const relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
    const file = normalize(join(root, relative));
    if (!isInside(file, normalize(root))) return undefined;
    const [realFile, realRoot] = await Promise.all([realpath(file), realpath(root)]);
    if (!isInside(realFile, realRoot)) return undefined;
    const body = await readFile(realFile);
    return { body, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}
