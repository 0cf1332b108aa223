import { describe, expect, it } from 'vitest';
import { printRoute } from '../../../../shared/domain/printout';
import { parsePrintRoute } from './print-route';

const sessionId = '00000000-0000-4000-8000-000000000001';

describe('parsePrintRoute', () => {
  it('reads back every route printRoute writes', () => {
    for (const request of [
      { sessionId, sheet: 'summary', includeScores: false },
      { sessionId, sheet: 'take-home', includeScores: true },
      { sessionId, sheet: 'take-home', includeScores: false },
    ] as const) {
      expect(parsePrintRoute(`#${printRoute(request)}`)).toEqual(request);
    }
  });

  it('prints the summary when the sheet is missing or unknown', () => {
    expect(parsePrintRoute(`#/print/session/${sessionId}`)?.sheet).toBe('summary');
    expect(parsePrintRoute(`#/print/session/${sessionId}?sheet=poster`)?.sheet).toBe('summary');
  });

  it('is not a print route without a session', () => {
    expect(parsePrintRoute('#/print/session')).toBeNull();
    expect(parsePrintRoute('#/clients')).toBeNull();
  });
});
