import { PrintSheet, type PrintRequest } from '../../../../shared/domain/printout';

export type PrintRouteRequest = Required<PrintRequest>;

/**
 * Reads `#/print/session/<id>?sheet=…&scores=1`: the address the Electron print window and the
 * browser both load. An unknown sheet falls back to the summary rather than to an empty page.
 */
export function parsePrintRoute(hash: string): PrintRouteRequest | null {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [first, second, sessionId] = path.split('/').filter(Boolean);
  if (first !== 'print' || second !== 'session' || !sessionId) return null;
  const params = new URLSearchParams(query);
  const sheet = PrintSheet.safeParse(params.get('sheet'));
  return {
    sessionId,
    sheet: sheet.success ? sheet.data : 'summary',
    includeScores: params.get('scores') === '1',
  };
}
