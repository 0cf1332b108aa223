import { useState } from 'react';
import { callResult } from '../../api/client';
import { navigate } from '../../navigation/navigate';
import { Checkbox } from '../../ui/Checkbox';
import { PRINT_SHEET_LABELS, PRINT_SHEETS, type PrintRouteRequest } from '../../../../shared/domain/printout';

const OUTCOME_MESSAGES = {
  saved: (path: string | null) => `Saved as ${path ?? 'a PDF'}`,
  printed: () => 'Sent to the printer',
  cancelled: () => '',
};

/**
 * The print view's controls, shown on screen only: which sheet (the session's two, or the course
 * as of it), scores on the take-home sheet, and the two outputs. Electron saves and prints through main (hidden window, file dialog, system
 * print dialog); the browser host answers `use-browser`, and the browser's own dialog prints the
 * page, where "Save as PDF" is one of the destinations.
 */
export function PrintToolbar({ request, ready }: { request: PrintRouteRequest; ready: boolean }) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const go = (change: Partial<PrintRouteRequest>) =>
    navigate({ place: 'print', request: { ...request, ...change } });
  const output = async (name: 'printouts.exportPdf' | 'printouts.exportToPrinter') => {
    setBusy(true);
    setStatus(name === 'printouts.exportPdf' ? 'Preparing the PDF…' : 'Preparing to print…');
    try {
      const result = await callResult(name, request);
      if (!result.ok) return setStatus(result.error.message);
      const { outcome, path } = result.value;
      if (outcome === 'use-browser') {
        setStatus('');
        window.print();
      } else setStatus(OUTCOME_MESSAGES[outcome](path));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="print-toolbar print-screen-only" role="toolbar" aria-label="Printout">
      <a className="button" href={`#/sessions/${request.sessionId}`}>
        Back to the session
      </a>
      <div className="print-toolbar__sheets" role="group" aria-label="Sheet">
        {PRINT_SHEETS.map((sheet) => (
          <button
            key={sheet}
            type="button"
            className="button"
            aria-pressed={request.sheet === sheet}
            onClick={() => go({ sheet })}
          >
            {PRINT_SHEET_LABELS[sheet]}
          </button>
        ))}
      </div>
      {request.sheet === 'take-home' && (
        <Checkbox
          label="Include scores"
          checked={request.includeScores}
          onChange={(includeScores) => go({ includeScores })}
        />
      )}
      <span className="print-toolbar__spacer" />
      <p className="print-toolbar__status" role="status">
        {status}
      </p>
      <button
        type="button"
        className="button"
        disabled={!ready || busy}
        onClick={() => void output('printouts.exportToPrinter')}
      >
        Print…
      </button>
      <button
        type="button"
        className="button button--primary"
        disabled={!ready || busy}
        onClick={() => void output('printouts.exportPdf')}
      >
        Save as PDF…
      </button>
    </div>
  );
}
