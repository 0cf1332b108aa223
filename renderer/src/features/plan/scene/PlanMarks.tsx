import { useMemo } from 'react';
import { endangermentSites, tenderPointSites } from '../../../../../shared/anatomy';
import type { FindingBody } from '../../../../../shared/domain/plan/findings';
import type { ModelPoint } from '../../../../../shared/domain/plan/region';
import type { Finding, SessionPlan, Zone } from '../../../../../shared/domain/plan/records';
import { markAtlas } from '../../../marks/markAtlas';
import {
  ENDANGERMENT_GLYPH,
  ENDANGERMENT_STYLE,
  FLAG_GLYPH,
  FLAG_STYLE,
  lastSessionStyle,
  MARK_STYLES,
  WASH_STYLES,
  type MarkStyle,
} from '../../../marks/styles';
import type { SkinSurface } from '../../../scene/bodySurface';
import { useLiveStroke } from '../liveStroke';
import { usePlanStore } from '../planStore';
import type { Selection } from '../selection';
import type { ToolId } from '../tools';
import { MarkBatch, type BatchedMark } from './MarkBatch';
import { lifted, nearestSkinPoint, zoneMarkerPoint } from './markerPoints';
import { RegionWash } from './RegionWash';
import { RestrictionArrows } from './RestrictionArrows';

type Emphasis = 'normal' | 'selected' | 'previous';

/** Last session's marks are a little larger, so their outline rings today's mark at the same place. */
const SIZE: Record<Emphasis, number> = { normal: 1, selected: 1.5, previous: 1.2 };

/** A finding's symbol on the surface, if it has one (painted findings are washes). */
function findingSymbol(body: FindingBody, emphasis: Emphasis): BatchedMark | null {
  const atlas = markAtlas();
  const cellOf = (style: MarkStyle) =>
    atlas.cellOf(emphasis === 'previous' ? lastSessionStyle(style) : style, '');
  switch (body.kind) {
    case 'trigger_point': {
      const style = MARK_STYLES[body.state === 'active' ? 'trigger_point_active' : 'trigger_point_latent'];
      const position = lifted(body.anchor.point, body.anchor.normal, 1);
      return { position, cell: cellOf(style), emphasis: SIZE[emphasis] };
    }
    case 'adhesion': {
      const position = lifted(body.anchor.point, body.anchor.normal, 0.8);
      return { position, cell: cellOf(MARK_STYLES.adhesion), emphasis: SIZE[emphasis] };
    }
    default:
      return null;
  }
}

/** A finding's painted parts: its region, or a trigger point's referral (not for last session's). */
function FindingWash({
  finding,
  emphasis,
  skin,
}: {
  finding: Finding;
  emphasis: Emphasis;
  skin: SkinSurface;
}) {
  const body = finding.body;
  switch (body.kind) {
    case 'trigger_point':
      return body.referral.strokes.length > 0 && emphasis !== 'previous' ? (
        <RegionWash region={body.referral} skin={skin} style={WASH_STYLES.referral} emphasis={emphasis} />
      ) : null;
    case 'pain_area':
      return (
        <RegionWash region={body.region} skin={skin} style={WASH_STYLES.pain_area} emphasis={emphasis} />
      );
    case 'caution':
      return <RegionWash region={body.region} skin={skin} style={WASH_STYLES.caution} emphasis={emphasis} />;
    default:
      return null;
  }
}

/**
 * The 18 ACR sites: painful ones solid; while examining, the rest shown faint so they can be tested,
 * and the site the guided exam is on twice the size in full colour, with a question mark until it
 * has a result.
 */
function tenderSiteSymbols(
  findings: readonly Finding[],
  examining: boolean,
  current: string | null,
  sitePoints: ReadonlyMap<string, ModelPoint>,
) {
  const atlas = markAtlas();
  const results = new Map(
    findings.flatMap((f) =>
      f.body.kind === 'tender_point' ? [[f.body.siteId, f.body.painful] as const] : [],
    ),
  );
  return tenderPointSites().flatMap((site): BatchedMark[] => {
    const painful = results.get(site.id);
    if (painful === undefined && !examining) return [];
    const isCurrent = site.id === current;
    const style =
      painful || isCurrent ? MARK_STYLES.tender_point : { ...MARK_STYLES.tender_point, colour: '#c8b3d6' };
    const glyph = painful === false ? '–' : isCurrent && painful === undefined ? '?' : '';
    return [
      {
        position: sitePoints.get(site.id)!,
        cell: atlas.cellOf(style, glyph),
        emphasis: (painful ? 1 : 0.8) * (isCurrent ? 2 : 1),
      },
    ];
  });
}

/** A zone's number at its centre, and beside it the flag when the plan raised one. */
function zoneSymbols(zone: Zone, order: number, flagged: boolean, emphasis: Emphasis, skin: SkinSurface) {
  const point = zoneMarkerPoint(zone.body, skin);
  if (!point) return [];
  const atlas = markAtlas();
  const symbols: BatchedMark[] = [
    {
      position: point,
      cell: atlas.cellOf(MARK_STYLES.zone, String(order)),
      emphasis: emphasis === 'selected' ? 1.5 : 1.1,
    },
  ];
  if (flagged) {
    symbols.push({
      position: [point[0] + 2.5, point[1] + 3, point[2]],
      cell: atlas.cellOf(FLAG_STYLE, FLAG_GLYPH),
      emphasis: 1.1,
    });
  }
  return symbols;
}

/** Everything the plan puts on the model: findings, zones with their flags, and the stroke being painted. */
export function PlanMarks({ skin }: { skin: SkinSurface }) {
  const plan = usePlanStore((s) => s.plan);
  const previous = usePlanStore((s) => s.previous);
  const compare = usePlanStore((s) => s.compare);
  const selection = usePlanStore((s) => s.selection);
  const tool = usePlanStore((s) => s.tool);
  const examSiteId = usePlanStore((s) => s.examSiteId);
  if (!plan) return null;
  return (
    <SessionMarks
      plan={plan}
      overlaid={compare === 'overlay' ? previous : null}
      selection={selection}
      tool={tool}
      examSiteId={examSiteId}
      skin={skin}
      editable
    />
  );
}

/** Last session's plan as it was left, for the read-only viewer beside today's. */
export function LastSessionMarks({ skin }: { skin: SkinSurface }) {
  const previous = usePlanStore((s) => s.previous);
  if (!previous) return null;
  return (
    <SessionMarks
      plan={previous}
      overlaid={null}
      selection={null}
      tool="select"
      examSiteId={null}
      skin={skin}
      editable={false}
    />
  );
}

interface SessionMarksProps {
  plan: SessionPlan;
  /** Last session's findings drawn over this plan's in their own look, when comparing in overlay. */
  overlaid: SessionPlan | null;
  selection: Selection | null;
  tool: ToolId;
  examSiteId: string | null;
  skin: SkinSurface;
  /** Whether the stroke being painted belongs on this model (only the plan being edited). */
  editable: boolean;
}

function SessionMarks({ plan, overlaid, selection, tool, examSiteId, skin, editable }: SessionMarksProps) {
  const live = useLiveStroke((s) => (editable ? s.stroke : null));
  const liveRegion = useMemo(() => (live ? { strokes: [live] } : null), [live]);
  // Fixed sites sit on the skin patch nearest them: found once per skin, not per change.
  const sitePoints = useMemo(
    () => new Map(tenderPointSites().map((site) => [site.id, nearestSkinPoint([...site.point], skin)])),
    [skin],
  );
  const endangerment = useMemo(
    () => endangermentSites().map((site) => nearestSkinPoint([...site.point], skin)),
    [skin],
  );
  const shown = useMemo(() => {
    const flagged = new Set(plan.flags.map((flag) => flag.zoneId));
    const emphasisOf = (type: 'finding' | 'zone', id: string): Emphasis =>
      selection?.type === type && selection.id === id ? 'selected' : 'normal';
    const findings = [
      ...(overlaid?.findings ?? []).map((finding) => ({ finding, emphasis: 'previous' as const })),
      ...plan.findings.map((finding) => ({ finding, emphasis: emphasisOf('finding', finding.id) })),
    ];
    const danger = markAtlas().cellOf(ENDANGERMENT_STYLE, ENDANGERMENT_GLYPH);
    const symbols: BatchedMark[] = [
      ...findings.flatMap(({ finding, emphasis }) => findingSymbol(finding.body, emphasis) ?? []),
      ...tenderSiteSymbols(plan.findings, tool === 'tender_point', examSiteId, sitePoints),
      ...endangerment.map((position) => ({ position, cell: danger, emphasis: 0.7 })),
      ...plan.zones.flatMap((zone, index) =>
        zoneSymbols(zone, index + 1, flagged.has(zone.id), emphasisOf('zone', zone.id), skin),
      ),
    ];
    const adhesions = findings.flatMap(({ finding, emphasis }) =>
      finding.body.kind === 'adhesion' && emphasis !== 'previous' ? [finding.body] : [],
    );
    return { findings, symbols, adhesions, emphasisOf };
  }, [plan, overlaid, selection, tool, examSiteId, sitePoints, endangerment, skin]);
  return (
    <group name="plan-marks">
      {shown.findings.map(({ finding, emphasis }) => (
        <FindingWash
          key={`${emphasis === 'previous' ? 'previous-' : ''}${finding.id}`}
          finding={finding}
          emphasis={emphasis}
          skin={skin}
        />
      ))}
      {plan.zones.map((zone) =>
        zone.body.target.kind === 'region' ? (
          <RegionWash
            key={zone.id}
            region={zone.body.target.region}
            skin={skin}
            style={WASH_STYLES.zone}
            emphasis={shown.emphasisOf('zone', zone.id)}
          />
        ) : null,
      )}
      <MarkBatch marks={shown.symbols} />
      <RestrictionArrows adhesions={shown.adhesions} />
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
