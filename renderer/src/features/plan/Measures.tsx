import { describeBodyArea } from '../../../../shared/domain/body-size';
import { useMemo } from 'react';
import { wpiAreaLabel, type WpiAreaId } from '../../../../shared/anatomy';
import type { Finding } from '../../../../shared/domain/plan/records';
import type { PaintedRegion } from '../../../../shared/domain/plan/region';
import {
  jaccardIndex,
  painExtent,
  unionMask,
  wpiAreasTouched,
} from '../../../../shared/domain/plan/measures';
import type { SkinSurface } from '../../scene/bodySurface';
import { hrefFor } from '../../navigation/routes';
import { usePlanStore } from './planStore';

function painRegions(findings: readonly Finding[]): PaintedRegion[] {
  return findings.flatMap((finding) => (finding.body.kind === 'pain_area' ? [finding.body.region] : []));
}

/** What the pain map measures: its extent, the WPI areas it touches, and its overlap with last time. */
export function Measures({ skin }: { skin: SkinSurface | null }) {
  const plan = usePlanStore((s) => s.plan)!;
  const previous = usePlanStore((s) => s.previous);
  const regions = useMemo(() => painRegions(plan.findings), [plan.findings]);
  const previousRegions = useMemo(() => (previous ? painRegions(previous.findings) : null), [previous]);
  const bodyArea = plan.session.bodyArea;
  const bodyAreaCm2 = bodyArea.areaCm2;
  const measures = useMemo(() => {
    if (!skin) return null;
    const mask = unionMask(regions, skin.surface);
    const before =
      previousRegions && previousRegions.length > 0 ? unionMask(previousRegions, skin.surface) : null;
    return {
      extent: painExtent(regions, skin.surface, bodyAreaCm2),
      previousExtent: previousRegions ? painExtent(previousRegions, skin.surface, bodyAreaCm2) : null,
      wpi: wpiAreasTouched(mask, skin.surface) as WpiAreaId[],
      overlap: before && regions.length > 0 ? jaccardIndex(mask, before, skin.surface) : null,
    };
  }, [skin, regions, previousRegions, bodyAreaCm2]);

  const { session } = plan;
  return (
    <section className="plan-panel" aria-labelledby="plan-measures-heading">
      <h2 id="plan-measures-heading">Pain map</h2>
      {!measures ? (
        <p className="plan-empty">Measuring the body surface…</p>
      ) : (
        <dl className="measures">
          <dt>Pain extent</dt>
          <dd data-testid="pain-extent">
            {Math.round(measures.extent.areaCm2)} cm² · {measures.extent.percentOfBody.toFixed(1)}% of the
            body
          </dd>
          <dd className="measures__note">Square centimetres {describeBodyArea(bodyArea)}.</dd>
          {measures.previousExtent && (
            <>
              <dt>Last session</dt>
              <dd>
                {Math.round(measures.previousExtent.areaCm2)} cm² ·{' '}
                {measures.previousExtent.percentOfBody.toFixed(1)}%
              </dd>
            </>
          )}
          <dt>Overlap with last session (Jaccard)</dt>
          <dd>{measures.overlap === null ? 'Not comparable yet' : measures.overlap.toFixed(2)}</dd>
          <dt>WPI areas touched ({measures.wpi.length} of 19)</dt>
          <dd>
            {measures.wpi.length === 0 ? 'None' : measures.wpi.map((id) => wpiAreaLabel(id)).join('; ')}
          </dd>
        </dl>
      )}
      {measures && measures.wpi.length > 0 && session.courseId && (
        <a
          className="button"
          href={hrefFor({
            place: 'new-assessment',
            clientId: session.clientId,
            courseId: session.courseId,
            position: null,
            painMapAreas: measures.wpi,
          })}
        >
          Use these areas in a WPI assessment
        </a>
      )}
    </section>
  );
}
