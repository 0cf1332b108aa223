import { describeBodyArea } from '../../../../shared/domain/body-size';
import type { Printout } from '../../../../shared/domain/printout';
import { printedArea, printedOverlap, printedPain, printedPercent } from './format';
import type { PainMapMeasures } from './pain-map';

const UNMEASURED = 'not measured (the body model could not be drawn)';

/** The overlap, or why there is none: no earlier session, or nothing painted in it. */
function overlapInWords(previous: Printout['previousPainRegions'], painMap: PainMapMeasures | null): string {
  if (previous === null) return 'No earlier session';
  if (previous.length === 0) return 'Not comparable: no pain areas were marked last session';
  return painMap?.overlapWithLast == null ? UNMEASURED : printedOverlap(painMap.overlapWithLast);
}

/**
 * The pain map in words: each area with what the client said of it and its size on the skin, the
 * extent of them all, and how much of last session's map they cover again. The sizes come from the
 * model; when it could not be drawn they are said to be missing rather than left out.
 */
export function PainMapSection({
  printout,
  painMap,
}: {
  printout: Printout;
  painMap: PainMapMeasures | null;
}) {
  const { painAreas } = printout;
  return (
    <section className="print-section print-findings" aria-labelledby="pain-map-heading">
      <h2 id="pain-map-heading">Pain map</h2>
      {painAreas.length === 0 ? (
        <p className="print-muted">No pain areas marked.</p>
      ) : (
        <>
          <ol className="print-findings__list">
            {painAreas.map((area, index) => {
              const extent = painMap?.areas[index];
              return (
                <li key={index}>
                  <strong>{area.where}</strong> — intensity {printedPain(area.intensity)}/10, {area.quality},{' '}
                  {extent
                    ? `${printedArea(extent.areaCm2)} (${printedPercent(extent.percentOfBody)} of the body)`
                    : UNMEASURED}
                  {area.note && <span className="print-muted"> · {area.note}</span>}
                </li>
              );
            })}
          </ol>
          <dl className="print-facts print-facts--inline">
            <div>
              <dt>Pain extent</dt>
              <dd>
                {painMap
                  ? `${printedArea(painMap.total.areaCm2)} (${printedPercent(painMap.total.percentOfBody)} of the body surface, ${describeBodyArea(printout.client.bodyArea)})`
                  : UNMEASURED}
              </dd>
            </div>
            <div>
              <dt>Overlap with last session (Jaccard)</dt>
              <dd>{overlapInWords(printout.previousPainRegions, painMap)}</dd>
            </div>
          </dl>
        </>
      )}
    </section>
  );
}
