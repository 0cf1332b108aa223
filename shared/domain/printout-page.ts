import type { PaperSize } from './printout';

/** Sheet sizes in millimetres, portrait. */
export const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
};

/**
 * Page margins in millimetres, one set for both papers. The top and bottom are deep enough for the
 * running header (client's name) and footer (page numbers) printed in the margin boxes.
 */
export const PAGE_MARGINS_MM = { top: 18, right: 15, bottom: 18, left: 15 } as const;

export const MM_PER_INCH = 25.4;

/** A CSS string literal: quotes and backslashes escaped, line breaks dropped. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (char) => `\\${char}`).replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * The page rule of a printout: the paper chosen in settings, the margins above, the client's name
 * and the document's title on every page, and "Page n of N". Built as text because the name is
 * only known at run time; the print view adopts it as a constructed stylesheet (no inline style,
 * so the page's CSP holds).
 */
export function pageRule(paper: PaperSize, clientName: string, documentTitle: string): string {
  const size = PAPER_MM[paper];
  const margins = PAGE_MARGINS_MM;
  const box = 'font-family: "Inter Variable", sans-serif; font-size: 8pt; color: #52606d;';
  return [
    '@page {',
    `  size: ${size.width}mm ${size.height}mm;`,
    `  margin: ${margins.top}mm ${margins.right}mm ${margins.bottom}mm ${margins.left}mm;`,
    `  @top-left { content: ${cssString(clientName)}; ${box} font-weight: 600; }`,
    `  @top-right { content: ${cssString(documentTitle)}; ${box} }`,
    `  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} }`,
    '}',
  ].join('\n');
}
