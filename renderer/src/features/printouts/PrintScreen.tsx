import { useState } from 'react';
import './print.css';
import {
  PRINT_SHEET_LABELS,
  viewsForMarks,
  type PrintRouteRequest,
} from '../../../../shared/domain/printout';
import { useCallQuery } from '../../api/queries';
import { PrintToolbar } from './PrintToolbar';
import { PRINTED_HEIGHT_MM } from './snapshots/print-size';
import { SnapshotStage, type ModelRendering } from './snapshots/SnapshotStage';
import { SUMMARY_TITLE, SummarySheet } from './SummarySheet';
import { TAKE_HOME_TITLE, TakeHomeSheet } from './TakeHomeSheet';
import { usePageRule } from './usePageRule';
import { usePrintState } from './usePrintState';

type Model = { sheet: string; rendering: ModelRendering } | { sheet: string; problem: string };

/**
 * A printout of one session, laid out as it prints (print.css): the page on screen is the page on
 * paper, in Electron's hidden print window and in the browser alike. It says when it is ready to
 * print on <html data-print-state>, once the data, the fonts and the snapshots are in.
 */
export function PrintScreen({ request }: { request: PrintRouteRequest }) {
  const loaded = useCallQuery('printouts.get', { sessionId: request.sessionId });
  const [model, setModel] = useState<Model | null>(null);
  const printout = loaded.state === 'ready' ? loaded.value : null;
  const current = model?.sheet === request.sheet ? model : null;
  const title = request.sheet === 'summary' ? SUMMARY_TITLE : TAKE_HOME_TITLE;

  usePageRule(printout?.clinic.paperSize ?? null, printout?.client.name ?? '', title);
  usePrintState(
    loaded.state === 'failed'
      ? { state: 'failed', message: loaded.message }
      : printout && current
        ? { state: 'ready' }
        : { state: 'preparing' },
  );

  if (loaded.state === 'failed') {
    return (
      <section className="screen">
        <h1>{PRINT_SHEET_LABELS[request.sheet]} not available</h1>
        <p role="alert">{loaded.message}</p>
      </section>
    );
  }
  const summary = request.sheet === 'summary';
  const marks = printout
    ? summary
      ? printout.marks
      : printout.marks.filter((mark) => mark.kind === 'zone')
    : [];
  const rendering = current && 'rendering' in current ? current.rendering : null;
  const problem = current && 'problem' in current ? current.problem : null;
  return (
    <main className="print-view">
      <PrintToolbar request={request} ready={Boolean(printout && current)} />
      {printout === null ? (
        <p className="screen" role="status">
          Preparing the printout…
        </p>
      ) : (
        <article className={`print-sheet print-sheet--${printout.clinic.paperSize}`} aria-label={title}>
          {request.sheet === 'summary' ? (
            <SummarySheet printout={printout} rendering={rendering} problem={problem} />
          ) : (
            <TakeHomeSheet
              printout={printout}
              rendering={rendering}
              problem={problem}
              includeScores={request.includeScores}
            />
          )}
        </article>
      )}
      {printout && !current && (
        <SnapshotStage
          key={request.sheet}
          views={viewsForMarks(marks)}
          marks={marks}
          // The client's copy shows where we worked and the pain, not the therapist's cautions.
          washes={{ pain: printout.painRegions, caution: summary ? printout.cautionRegions : [] }}
          previousPainRegions={printout.previousPainRegions}
          insets={summary}
          heightMm={summary ? PRINTED_HEIGHT_MM.summary : PRINTED_HEIGHT_MM.takeHome}
          bodyAreaCm2={printout.client.bodyArea.areaCm2}
          // The chart shows the line the session chose; the client's copy stays free of it.
          highlightedLineId={summary ? printout.session.highlightedLineId : null}
          onDone={(rendering) => setModel({ sheet: request.sheet, rendering })}
          onError={(problem) => setModel({ sheet: request.sheet, problem })}
        />
      )}
    </main>
  );
}
