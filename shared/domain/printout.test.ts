import { describe, expect, it } from 'vitest';
import { parsePrintRoute, printFileName, printRoute, viewsForMarks } from './printout';

describe('viewsForMarks', () => {
  it('always prints the front and the back, even with no marks', () => {
    expect(viewsForMarks([])).toEqual(['anterior', 'posterior']);
  });

  it('adds a side view only for a mark facing mostly sideways, on the client’s side', () => {
    expect(viewsForMarks([{ normal: [0.3, 0, 0.9] }, { normal: [0.2, 0.1, -0.9] }])).toEqual([
      'anterior',
      'posterior',
    ]);
    expect(viewsForMarks([{ normal: [0.9, 0, 0.2] }])).toEqual(['anterior', 'posterior', 'left']);
    expect(viewsForMarks([{ normal: [-0.9, 0, -0.2] }, { normal: [1, 0, 0] }])).toEqual([
      'anterior',
      'posterior',
      'left',
      'right',
    ]);
  });
});

describe('printRoute', () => {
  const sessionId = '00000000-0000-4000-8000-000000000001';

  it('names the sheet, and scores only when ticked in', () => {
    expect(printRoute({ sessionId, sheet: 'summary', includeScores: false })).toBe(
      `/print/session/${sessionId}?sheet=summary`,
    );
    expect(printRoute({ sessionId, sheet: 'take-home', includeScores: true })).toBe(
      `/print/session/${sessionId}?sheet=take-home&scores=1`,
    );
  });
});

describe('parsePrintRoute', () => {
  const sessionId = '00000000-0000-4000-8000-000000000001';

  it('reads back every route printRoute writes, as an address or a hash', () => {
    for (const request of [
      { sessionId, sheet: 'summary', includeScores: false },
      { sessionId, sheet: 'take-home', includeScores: true },
      { sessionId, sheet: 'take-home', includeScores: false },
      { sessionId, sheet: 'physician-letter', includeScores: false },
      { sessionId, sheet: 'course-report', includeScores: false },
    ] as const) {
      expect(parsePrintRoute(printRoute(request))).toEqual(request);
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

describe('printFileName', () => {
  it('is the client, the sheet and the day, in plain characters', () => {
    expect(printFileName('Maribel Castro Núñez', 'summary', '2026-03-02T09:30')).toBe(
      'Maribel-Castro-Nunez-session-summary-2026-03-02.pdf',
    );
    expect(printFileName('  / ', 'take-home', '2026-03-02T09:30')).toBe('client-take-home-2026-03-02.pdf');
    expect(printFileName('Ana Ruiz', 'physician-letter', '2026-03-02T09:30')).toBe(
      'Ana-Ruiz-physician-letter-2026-03-02.pdf',
    );
    expect(printFileName('Ana Ruiz', 'course-report', '2026-03-02T09:30')).toBe(
      'Ana-Ruiz-course-report-2026-03-02.pdf',
    );
  });
});
