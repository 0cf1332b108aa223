import { useState, type ReactNode } from 'react';
import '../print.css';
import './course.css';
import {
  PRINT_SHEET_LABELS,
  type CourseSheet,
  type PrintRouteRequest,
} from '../../../../../shared/domain/printout';
import type { CoursePrintout } from '../../../../../shared/domain/printouts/course';
import { useCallQuery, type Loadable } from '../../../api/queries';
import { PrintToolbar } from '../PrintToolbar';
import type { SnapshotImage } from '../snapshots/SnapshotFigures';
import { PRINTED_HEIGHT_MM } from '../snapshots/print-size';
import { SnapshotStage } from '../snapshots/SnapshotStage';
import { usePageRule } from '../usePageRule';
import { usePrintState } from '../usePrintState';
import { COURSE_REPORT_TITLE, CourseReportSheet } from './CourseReportSheet';
import { comparedPainMaps } from './PainMapsSection';
import { PHYSICIAN_LETTER_TITLE, PhysicianLetterSheet } from './PhysicianLetterSheet';
import { usePainCourse, type PainCourse } from './usePainCourse';

/** The baseline and latest maps as drawn, or why they could not be. */
type Drawn = { images: SnapshotImage[][]; problem: null } | { images: null; problem: string };

interface FrameProps<P extends CoursePrintout> {
  request: PrintRouteRequest;
  loaded: Loadable<P>;
  title: string;
  /** Whether the sheet tables every pain map's extent and overlap, which needs the model's skin. */
  measures: boolean;
  children: (printout: P, drawn: Drawn | null, painCourse: PainCourse) => ReactNode;
}

/**
 * A course printout laid out as it prints, like the session's own (PrintScreen): the toolbar, the
 * page rule, and <html data-print-state> saying when it is ready, once the data, the drawn pain
 * maps and (for the report) their measurements are in.
 */
function CoursePrintFrame<P extends CoursePrintout>({
  request,
  loaded,
  title,
  measures,
  children,
}: FrameProps<P>) {
  const printout = loaded.state === 'ready' ? loaded.value : null;
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const compared = printout ? comparedPainMaps(printout.painMaps) : [];
  const painCourse = usePainCourse(
    measures && printout ? printout.painMaps : null,
    printout?.client.bodyArea.areaCm2 ?? 0,
  );
  const drawnOrNothing: Drawn | null = compared.length === 0 ? { images: [], problem: null } : drawn;
  const ready = Boolean(printout && drawnOrNothing && (!measures || painCourse.state !== 'measuring'));

  usePageRule(printout?.clinic.paperSize ?? null, printout?.client.name ?? '', title);
  usePrintState(
    loaded.state === 'failed'
      ? { state: 'failed', message: loaded.message }
      : painCourse.state === 'failed'
        ? { state: 'failed', message: painCourse.message }
        : ready
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
  return (
    <main className="print-view">
      <PrintToolbar request={request} ready={ready} />
      {printout === null ? (
        <p className="screen" role="status">
          Preparing the printout…
        </p>
      ) : (
        <article className={`print-sheet print-sheet--${printout.clinic.paperSize}`} aria-label={title}>
          {children(printout, drawnOrNothing, painCourse)}
        </article>
      )}
      {printout && compared.length > 0 && !drawn && (
        <SnapshotStage
          views={['anterior', 'posterior']}
          marks={[]}
          washes={{ pain: [], caution: [] }}
          previousPainRegions={null}
          insets={false}
          heightMm={PRINTED_HEIGHT_MM.courseMap}
          painMaps={compared.map((map) => map.regions)}
          bodyAreaCm2={printout.client.bodyArea.areaCm2}
          onDone={({ painMapImages }) => setDrawn({ images: painMapImages, problem: null })}
          onError={(problem) => setDrawn({ images: null, problem })}
        />
      )}
    </main>
  );
}

function PhysicianLetterScreen({ request }: { request: PrintRouteRequest }) {
  const loaded = useCallQuery('printouts.physicianLetter', { sessionId: request.sessionId });
  return (
    <CoursePrintFrame request={request} loaded={loaded} title={PHYSICIAN_LETTER_TITLE} measures={false}>
      {(letter, drawn) => (
        <PhysicianLetterSheet
          letter={letter}
          painMapImages={drawn?.images ?? null}
          problem={drawn?.problem ?? null}
        />
      )}
    </CoursePrintFrame>
  );
}

function CourseReportScreen({ request }: { request: PrintRouteRequest }) {
  const loaded = useCallQuery('printouts.courseReport', { sessionId: request.sessionId });
  return (
    <CoursePrintFrame request={request} loaded={loaded} title={COURSE_REPORT_TITLE} measures>
      {(report, drawn, painCourse) => (
        <CourseReportSheet
          report={report}
          painMapImages={drawn?.images ?? null}
          measuredPainMaps={painCourse.state === 'measured' ? painCourse.maps : null}
          problem={drawn?.problem ?? null}
        />
      )}
    </CoursePrintFrame>
  );
}

/** The physician letter or the course report of the course as of a session. */
export function CoursePrintScreen({ request }: { request: PrintRouteRequest & { sheet: CourseSheet } }) {
  return request.sheet === 'physician-letter' ? (
    <PhysicianLetterScreen request={request} />
  ) : (
    <CourseReportScreen request={request} />
  );
}
