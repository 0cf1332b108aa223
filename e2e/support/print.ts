import type { Page } from '@playwright/test';
import { printRoute, type PrintRequest } from '../../shared/domain/printout';

/**
 * Waits until the print view on the page says it is ready (data, fonts, snapshots), then prints it
 * to PDF as the browser host's Chromium does, on the paper and margins of the page's own @page rule.
 */
export async function finishedPdf(page: Page): Promise<Buffer> {
  const root = page.locator('html[data-print-state="ready"], html[data-print-state="failed"]');
  await root.waitFor({ state: 'attached', timeout: 120_000 });
  if ((await root.getAttribute('data-print-state')) === 'failed') {
    throw new Error(`The printout failed: ${await root.getAttribute('data-print-error')}`);
  }
  return page.pdf({ preferCSSPageSize: true, printBackground: true });
}

/**
 * Request to finished PDF: opens a session's print route on the host and prints it. What the
 * benchmarks time as `pdf_ms`, and what a person gets from the browser's "Save as PDF".
 */
export async function sessionPdf(
  page: Page,
  hostUrl: string,
  request: Required<PrintRequest>,
): Promise<Buffer> {
  const address = new URL(hostUrl);
  address.hash = printRoute(request);
  await page.goto(address.href);
  return finishedPdf(page);
}
