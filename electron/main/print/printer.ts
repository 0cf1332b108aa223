import { writeFile } from 'node:fs/promises';
import { app, dialog, type BrowserWindow } from 'electron';
import { privateFile } from '../../core/private-files';
import type { PrinterPort } from '../../core/services/printer-port';
import { pdfOptions, printerOptions, saveDialogOptions, withPdfExtension } from './options';
import { inPrintWindow } from './print-window';

export interface ElectronPrinterOptions {
  preloadPath: string;
  /** The app's page with an in-app route as its hash. */
  pageUrl: (route: string) => string;
  /** The window the dialogs belong to, when there is one. */
  owner: () => BrowserWindow | undefined;
}

/** Electron's printer: the print route in a hidden window, out to a PDF file or the system dialog. */
export function electronPrinter({ preloadPath, pageUrl, owner }: ElectronPrinterOptions): PrinterPort {
  return {
    savePdf: async (job) => {
      // The PDF renders while the therapist picks where to save it.
      const rendering = inPrintWindow(preloadPath, pageUrl(job.route), (contents) =>
        contents.printToPDF(pdfOptions(job.paperSize)),
      );
      const options = saveDialogOptions(job.fileName, app.getPath('documents'));
      const parent = owner();
      const choice = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) {
        await rendering.catch(() => undefined);
        return null;
      }
      const path = withPdfExtension(choice.filePath);
      const pdf = await rendering;
      // A printout is a health record: owner-only before its first byte is written.
      privateFile(path);
      await writeFile(path, pdf);
      return { path };
    },
    print: (job) =>
      inPrintWindow(
        preloadPath,
        pageUrl(job.route),
        (contents) =>
          new Promise<boolean>((resolve, reject) => {
            contents.print(printerOptions(job.paperSize), (success, failureReason) => {
              if (success) resolve(true);
              // Chromium reports a cancelled dialog as a failure; it is the therapist's choice, not an error.
              else if (/cancel/i.test(failureReason)) resolve(false);
              else reject(new Error(failureReason));
            });
          }),
      ),
  };
}
