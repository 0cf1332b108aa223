import { join } from 'node:path';
import type {
  BrowserWindowConstructorOptions,
  PrintToPDFOptions,
  SaveDialogOptions,
  WebContentsPrintOptions,
} from 'electron';
import { MM_PER_INCH, PAGE_MARGINS_MM } from '../../../shared/domain/printout-page';
import type { PaperSize } from '../../../shared/domain/printout';
import { mainWindowOptions } from '../window/options';

const ELECTRON_PAPER: Record<PaperSize, 'A4' | 'Letter'> = { a4: 'A4', letter: 'Letter' };

/**
 * The hidden window a printout is rendered in: the app window's own security options (same
 * preload, sandbox, isolation), never shown, and not throttled while hidden, or the snapshots'
 * animation frames would never come.
 */
export function printWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  const app = mainWindowOptions(preloadPath);
  return {
    ...app,
    show: false,
    width: 900,
    height: 1200,
    title: 'FasciaMap printout',
    webPreferences: { ...app.webPreferences, backgroundThrottling: false, spellcheck: false },
  };
}

/**
 * `printToPDF` for a printout. The page's own @page rule decides size, margins and the running
 * header and footer (preferCSSPageSize; Chromium's header/footer off, or it would replace the margin
 * boxes); the paper and margins given here are the same values, so a page without the rule still
 * prints on the clinic's paper. Backgrounds on, for the legend swatches and table shading.
 */
export function pdfOptions(paper: PaperSize): PrintToPDFOptions {
  const inches = (mm: number) => mm / MM_PER_INCH;
  return {
    pageSize: ELECTRON_PAPER[paper],
    landscape: false,
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: false,
    scale: 1,
    margins: {
      top: inches(PAGE_MARGINS_MM.top),
      right: inches(PAGE_MARGINS_MM.right),
      bottom: inches(PAGE_MARGINS_MM.bottom),
      left: inches(PAGE_MARGINS_MM.left),
    },
  };
}

/**
 * `webContents.print` for a printout: the system dialog (never silent, so the therapist picks the
 * printer), preselected on the clinic's paper; the margins are the page's own (its @page rule).
 */
export function printerOptions(paper: PaperSize): WebContentsPrintOptions {
  return {
    silent: false,
    printBackground: true,
    color: true,
    landscape: false,
    pageSize: ELECTRON_PAPER[paper],
    margins: { marginType: 'default' },
  };
}

/** The save dialog offers the printout's own name in the user's documents, PDFs only. */
export function saveDialogOptions(fileName: string, documentsDir: string): SaveDialogOptions {
  return {
    title: 'Save as PDF',
    buttonLabel: 'Save PDF',
    defaultPath: join(documentsDir, fileName),
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** Some platforms' dialogs return the typed name without the extension the filter implied. */
export function withPdfExtension(path: string): string {
  return /\.pdf$/i.test(path) ? path : `${path}.pdf`;
}
