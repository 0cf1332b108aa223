import { useEffect } from 'react';
import { pageRule } from '../../../../shared/domain/printout-page';
import type { PaperSize } from '../../../../shared/domain/printout';

/**
 * Adopts the printout's @page rule (paper, margins, the client's name and page numbers on every
 * page) as a constructed stylesheet: CSSOM, not a <style> element, so the strict CSP allows it.
 * Removed again when the print view closes, so it never leaks into the app's own pages.
 */
export function usePageRule(paper: PaperSize | null, clientName: string, documentTitle: string): void {
  useEffect(() => {
    if (paper === null) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(pageRule(paper, clientName, documentTitle));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [paper, clientName, documentTitle]);
}
