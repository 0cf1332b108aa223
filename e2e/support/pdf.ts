import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reading a printed PDF back with poppler's tools, as a person checking the printout would: its
 * text, its page count and paper, and its pages as pictures to look at.
 */

/** pdftotext (poppler) in reading order; whitespace runs are collapsed so a wrapped cell still reads as one. */
export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-raw', ...range, file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

export function pdfInfo(file: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    size: /^Page size:\s+(.+)$/m.exec(info)?.[1] ?? '',
  };
}

/** Renders every page to PNG at `dpi`, to be looked at, and returns the files. */
export function renderPages(file: string, folder: string, dpi = 60): string[] {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), file, join(folder, 'page')]);
  return readdirSync(folder)
    .filter((name) => name.startsWith('page') && name.endsWith('.png'))
    .sort()
    .map((name) => join(folder, name));
}
