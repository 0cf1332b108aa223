import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../window/options';
import {
  pdfOptions,
  printerOptions,
  printWindowOptions,
  saveDialogOptions,
  withPdfExtension,
} from './options';

describe('printWindowOptions', () => {
  const preload = '/app/out/preload/index.cjs';
  const options = printWindowOptions(preload);

  it('has every security option of the app window', () => {
    const { spellcheck: _spellcheck, ...security } = mainWindowOptions(preload).webPreferences!;
    expect(options.webPreferences).toMatchObject(security);
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
  });

  it('stays hidden and keeps rendering while hidden', () => {
    expect(options.show).toBe(false);
    expect(options.webPreferences?.backgroundThrottling).toBe(false);
  });
});

describe('pdfOptions', () => {
  it('prints on the paper chosen in settings, as the page’s CSS sizes it', () => {
    expect(pdfOptions('a4')).toMatchObject({ pageSize: 'A4', preferCSSPageSize: true, landscape: false });
    expect(pdfOptions('letter')).toMatchObject({ pageSize: 'Letter', preferCSSPageSize: true });
  });

  it('keeps backgrounds and leaves the running header and footer to the page', () => {
    expect(pdfOptions('a4')).toMatchObject({ printBackground: true, displayHeaderFooter: false, scale: 1 });
  });

  it('gives the page margins in inches', () => {
    const { margins } = pdfOptions('a4');
    expect(margins?.top).toBeCloseTo(18 / 25.4, 6);
    expect(margins?.left).toBeCloseTo(15 / 25.4, 6);
    expect(margins?.bottom).toBeCloseTo(18 / 25.4, 6);
    expect(margins?.right).toBeCloseTo(15 / 25.4, 6);
  });
});

describe('printerOptions', () => {
  it('always shows the system dialog, on the clinic’s paper', () => {
    expect(printerOptions('letter')).toMatchObject({
      silent: false,
      printBackground: true,
      pageSize: 'Letter',
      margins: { marginType: 'default' },
    });
    expect(printerOptions('a4').pageSize).toBe('A4');
  });
});

describe('saveDialogOptions', () => {
  it('offers the printout’s name in the documents folder, as a PDF', () => {
    const options = saveDialogOptions('Ana-Ruiz-session-summary-2026-03-02.pdf', '/home/ana/Documents');
    expect(options.defaultPath).toBe(join('/home/ana/Documents', 'Ana-Ruiz-session-summary-2026-03-02.pdf'));
    expect(options.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
    expect(options.properties).toEqual(['createDirectory', 'showOverwriteConfirmation']);
  });
});

describe('withPdfExtension', () => {
  it('adds .pdf only when it is missing', () => {
    expect(withPdfExtension('/tmp/summary')).toBe('/tmp/summary.pdf');
    expect(withPdfExtension('/tmp/summary.PDF')).toBe('/tmp/summary.PDF');
  });
});
