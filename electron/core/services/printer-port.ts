import type { PaperSize } from '../../../shared/domain/printout';

/** One printout to produce: the renderer's print route, the paper, and the name a saved file is offered under. */
export interface PrintJob {
  route: string;
  paperSize: PaperSize;
  fileName: string;
}

/**
 * A host's own way to print: Electron renders the print route in a hidden window and writes a PDF
 * or opens the system print dialog. A host without one (the browser host) lets the page print
 * itself through the browser.
 */
export interface PrinterPort {
  /** Asks where to save, then writes the PDF; null when the therapist cancelled. */
  savePdf: (job: PrintJob) => Promise<{ path: string } | null>;
  /** Opens the system print dialog; false when the therapist cancelled. */
  print: (job: PrintJob) => Promise<boolean>;
}
