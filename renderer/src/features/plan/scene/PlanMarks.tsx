import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Color, Vector3 } from 'three';
import { endangermentSites, tenderPointSites } from '../../../../../shared/anatomy';
import type { FindingBody } from '../../../../../shared/domain/plan/findings';
import type { Finding, Zone } from '../../../../../shared/domain/plan/records';
import { markTexture } from '../../../marks/markTextures';
import {
  ENDANGERMENT_GLYPH,
  ENDANGERMENT_STYLE,
  FLAG_GLYPH,
  FLAG_STYLE,
  MARK_STYLES,
  WASH_STYLES,
} from '../../../marks/styles';
import type { SkinSurface } from '../../../scene/bodySurface';
import { useLiveStroke } from '../liveStroke';
import { usePlanStore } from '../planStore';
import { MarkSprite } from './MarkSprite';
import { lifted, nearestSkinPoint, zoneMarkerPoint } from './markerPoints';
import { RegionWash } from './RegionWash';

type Emphasis = 'normal' | 'selected' | 'previous';

const ARROW_LENGTH_CM = 6;
const arrowColour = new Color(MARK_STYLES.adhesion.colour);

/** The direction of a restriction, as an arrow lying along the skin from the adhesion. */
function RestrictionArrow({ finding }: { finding: Extract<FindingBody, { kind: 'adhesion' }> }) {
  const invalidate = useThree((state) => state.invalidate);
  const args = useMemo(
    () =>
      [
        new Vector3(...finding.direction),
        new Vector3(...lifted(finding.anchor.point, finding.anchor.normal, 0.8)),
        ARROW_LENGTH_CM,
        arrowColour,
        2,
        1.4,
      ] as const,
    [finding],
  );
  useEffect(() => invalidate(), [args, invalidate]);
  return <arrowHelper args={args} renderOrder={11} />;
}

function FindingMark({
  finding,
  emphasis,
  skin,
}: {
  finding: Finding;
  emphasis: Emphasis;
  skin: SkinSurface;
}) {
  const body = finding.body;
  const scale = emphasis === 'selected' ? 1.5 : emphasis === 'previous' ? 0.8 : 1;
  switch (body.kind) {
    case 'trigger_point': {
      const style = MARK_STYLES[body.state === 'active' ? 'trigger_point_active' : 'trigger_point_latent'];
      return (
        <>
          <MarkSprite
            texture={markTexture(style)}
            position={lifted(body.anchor.point, body.anchor.normal, 1)}
            emphasis={scale}
          />
          {body.referral.strokes.length > 0 && emphasis !== 'previous' && (
            <RegionWash region={body.referral} skin={skin} style={WASH_STYLES.referral} emphasis={emphasis} />
          )}
        </>
      );
    }
    case 'adhesion':
      return (
        <>
          <MarkSprite
            texture={markTexture(MARK_STYLES.adhesion)}
            position={lifted(body.anchor.point, body.anchor.normal, 0.8)}
            emphasis={scale}
          />
          {emphasis !== 'previous' && <RestrictionArrow finding={body} />}
        </>
      );
    case 'pain_area':
      return (
        <RegionWash region={body.region} skin={skin} style={WASH_STYLES.pain_area} emphasis={emphasis} />
      );
    case 'caution':
      return <RegionWash region={body.region} skin={skin} style={WASH_STYLES.caution} emphasis={emphasis} />;
    case 'tender_point':
      return null;
  }
}

/**
 * The 18 ACR sites: painful ones solid; while examining, the rest shown faint so they can be tested,
 * and the site the guided exam is on twice the size in full colour, with a question mark until it
 * has a result.
 */
function TenderSites({
  findings,
  examining,
  current,
  skin,
}: {
  findings: readonly Finding[];
  examining: boolean;
  current: string | null;
  skin: SkinSurface;
}) {
  const results = new Map(
    findings.flatMap((f) =>
      f.body.kind === 'tender_point' ? [[f.body.siteId, f.body.painful] as const] : [],
    ),
  );
  const points = useMemo(
    () => new Map(tenderPointSites().map((site) => [site.id, nearestSkinPoint([...site.point], skin)])),
    [skin],
  );
  return (
    <>
      {tenderPointSites().map((site) => {
        const painful = results.get(site.id);
        if (painful === undefined && !examining) return null;
        const isCurrent = site.id === current;
        const style =
          painful || isCurrent
            ? MARK_STYLES.tender_point
            : { ...MARK_STYLES.tender_point, colour: '#c8b3d6' };
        const glyph = painful === false ? '–' : isCurrent && painful === undefined ? '?' : '';
        return (
          <MarkSprite
            key={site.id}
            texture={markTexture(style, glyph)}
            position={points.get(site.id)!}
            emphasis={(painful ? 1 : 0.8) * (isCurrent ? 2 : 1)}
          />
        );
      })}
    </>
  );
}

/** The fixed endangerment sites, small and dark, so zones can be planned around them. */
function EndangermentSites({ skin }: { skin: SkinSurface }) {
  const points = useMemo(
    () => endangermentSites().map((site) => nearestSkinPoint([...site.point], skin)),
    [skin],
  );
  return (
    <>
      {points.map((point, index) => (
        <MarkSprite
          key={index}
          texture={markTexture(ENDANGERMENT_STYLE, ENDANGERMENT_GLYPH)}
          position={point}
          emphasis={0.7}
        />
      ))}
    </>
  );
}

function ZoneMark({
  zone,
  order,
  flagged,
  emphasis,
  skin,
}: {
  zone: Zone;
  order: number;
  flagged: boolean;
  emphasis: Emphasis;
  skin: SkinSurface;
}) {
  const point = useMemo(() => zoneMarkerPoint(zone.body, skin), [zone.body, skin]);
  return (
    <>
      {zone.body.target.kind === 'region' && (
        <RegionWash
          region={zone.body.target.region}
          skin={skin}
          style={WASH_STYLES.zone}
          emphasis={emphasis}
        />
      )}
      {point && (
        <>
          <MarkSprite
            texture={markTexture(MARK_STYLES.zone, String(order))}
            position={point}
            emphasis={emphasis === 'selected' ? 1.5 : 1.1}
          />
          {flagged && (
            <MarkSprite
              texture={markTexture(FLAG_STYLE, FLAG_GLYPH)}
              position={[point[0] + 2.5, point[1] + 3, point[2]]}
              emphasis={1.1}
            />
          )}
        </>
      )}
    </>
  );
}

/** Everything the plan puts on the model: findings, zones with their flags, and the stroke being painted. */
export function PlanMarks({ skin }: { skin: SkinSurface }) {
  const plan = usePlanStore((s) => s.plan);
  const previous = usePlanStore((s) => s.previous);
  const comparing = usePlanStore((s) => s.comparing);
  const selection = usePlanStore((s) => s.selection);
  const tool = usePlanStore((s) => s.tool);
  const examSiteId = usePlanStore((s) => s.examSiteId);
  const live = useLiveStroke((s) => s.stroke);
  const liveRegion = useMemo(() => (live ? { strokes: [live] } : null), [live]);
  if (!plan) return null;
  const flagged = new Set(plan.flags.map((flag) => flag.zoneId));
  const emphasisOf = (type: 'finding' | 'zone', id: string): Emphasis =>
    selection?.type === type && selection.id === id ? 'selected' : 'normal';
  return (
    <group name="plan-marks">
      {comparing &&
        previous?.findings.map((finding) => (
          <FindingMark key={`previous-${finding.id}`} finding={finding} emphasis="previous" skin={skin} />
        ))}
      {plan.findings.map((finding) => (
        <FindingMark
          key={finding.id}
          finding={finding}
          emphasis={emphasisOf('finding', finding.id)}
          skin={skin}
        />
      ))}
      <TenderSites
        findings={plan.findings}
        examining={tool === 'tender_point'}
        current={examSiteId}
        skin={skin}
      />
      <EndangermentSites skin={skin} />
      {plan.zones.map((zone, index) => (
        <ZoneMark
          key={zone.id}
          zone={zone}
          order={index + 1}
          flagged={flagged.has(zone.id)}
          emphasis={emphasisOf('zone', zone.id)}
          skin={skin}
        />
      ))}
      {liveRegion && (
        <RegionWash
          region={liveRegion}
          skin={skin}
          style={
            live?.mode === 'erase'
              ? { ...WASH_STYLES.caution, label: 'erase', colour: '#ffffff' }
              : WASH_STYLES.zone
          }
        />
      )}
    </group>
  );
}
