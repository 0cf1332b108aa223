import { MARK_KINDS, type Printout } from '../../../../shared/domain/printout';
import { DocumentHeader } from './DocumentHeader';
import { CautionsSection } from './CautionsSection';
import { FindingsSection } from './FindingsSection';
import { FlagsSection } from './FlagsSection';
import { printedMinutes, printedPain } from './format';
import { NotesSection } from './NotesSection';
import { PainMapSection } from './PainMapSection';
import { SignatureLine } from './SignatureLine';
import { SnapshotsSection } from './SnapshotsSection';
import type { ModelRendering } from './snapshots/SnapshotStage';
import { TrendCharts } from './TrendCharts';
import { ZonesTable } from './ZonesTable';

export const SUMMARY_TITLE = 'Session summary';

interface SheetProps {
  printout: Printout;
  rendering: ModelRendering | null;
  problem: string | null;
}

/** The chart copy: everything the session recorded, for the clinic and the client's physician. */
export function SummarySheet({ printout, rendering, problem }: SheetProps) {
  const { session } = printout;
  return (
    <>
      <DocumentHeader printout={printout} title={SUMMARY_TITLE} />
      <dl className="print-facts print-facts--inline">
        <div>
          <dt>Duration planned / actual</dt>
          <dd>
            {printedMinutes(session.plannedMinutes)} / {printedMinutes(session.actualMinutes)}
          </dd>
        </div>
        <div>
          <dt>Pain before / after (0–10)</dt>
          <dd>
            {printedPain(session.painBefore)} / {printedPain(session.painAfter)}
          </dd>
        </div>
      </dl>
      <SnapshotsSection
        title="Findings and zones on the body model"
        images={rendering?.images ?? null}
        renders={rendering?.renders ?? null}
        problem={problem}
        legend={MARK_KINDS}
        washes={['pain_area', 'caution']}
        lineId={session.highlightedLineId}
      />
      <section className="print-section" aria-labelledby="zones-heading">
        <h2 id="zones-heading">Zones worked</h2>
        <ZonesTable zones={printout.zones} />
      </section>
      <FindingsSection printout={printout} />
      <PainMapSection printout={printout} painMap={rendering?.painMap ?? null} />
      <CautionsSection cautions={printout.cautions} />
      <FlagsSection flags={printout.flags} />
      <NotesSection session={session} />
      <section className="print-section print-section--keep" aria-labelledby="trends-heading">
        <h2 id="trends-heading">Trends across the course</h2>
        <TrendCharts trends={printout.trends} />
      </section>
      <SignatureLine printout={printout} />
    </>
  );
}
