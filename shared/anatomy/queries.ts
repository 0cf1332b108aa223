import { ATLAS } from './atlas';
import { MYOFASCIAL_LINES } from './lines';
import { ENDANGERMENT_SITES, TENDER_POINT_SITES } from './sites';
import type { BodySite, Layer, MyofascialLine, Side, Structure, WpiArea, WpiAreaId } from './types';
import { WPI_AREAS } from './wpi';

/** Read-only questions other features ask of the atlas. */

const byId = new Map(ATLAS.structures.map((s) => [s.id, s]));

export function structureById(id: string): Structure | undefined {
  return byId.get(id);
}

export function structuresInWpiArea(area: WpiAreaId): Structure[] {
  return ATLAS.structures.filter((s) => s.wpiArea === area);
}

export function wpiAreas(): readonly WpiArea[] {
  return WPI_AREAS;
}

export function tenderPointSites(): readonly BodySite[] {
  return TENDER_POINT_SITES;
}

export function endangermentSites(): readonly BodySite[] {
  return ENDANGERMENT_SITES;
}

export function myofascialLines(): readonly MyofascialLine[] {
  return MYOFASCIAL_LINES;
}

export function linesContaining(structureId: string): MyofascialLine[] {
  return MYOFASCIAL_LINES.filter((line) => line.structureIds.includes(structureId));
}

const SIDE_WORDS: Record<Side, string> = {
  left: "client's left",
  right: "client's right",
  midline: 'midline',
};

/** "client's left", "client's right" or "midline": sides are always the client's own. */
export function sideWords(side: Side): string {
  return SIDE_WORDS[side];
}

/** "Upper trapezius (client's left)"; midline structures carry no side. */
export function structureLabel(s: Pick<Structure, 'name' | 'side'>): string {
  return s.side === 'midline' ? s.name : `${s.name} (${SIDE_WORDS[s.side]})`;
}

export const LAYER_LABELS: Record<Layer, string> = {
  superficial_fascia: 'Superficial fascia',
  deep_fascia: 'Deep fascia',
  superficial_muscle: 'Superficial muscles',
  deep_muscle: 'Deep muscles',
  skeleton: 'Skeleton',
};

export function wpiAreaLabel(id: WpiAreaId | null): string {
  if (id === null) return 'Not a WPI area';
  return WPI_AREAS.find((a) => a.id === id)?.label ?? id;
}

/** Case-insensitive match on the name (and slug), muscles before other kinds, shortest name first. */
export function searchStructures(query: string, limit = 12): Structure[] {
  const q = query.trim().toLowerCase();
  if (q.length === 0) return [];
  const rank = (s: Structure) => (s.kind === 'muscle' ? 0 : s.kind === 'fascia' ? 1 : 2);
  return ATLAS.structures
    .filter((s) => s.name.toLowerCase().includes(q) || s.slug.replaceAll('_', ' ').includes(q))
    .sort((a, b) => rank(a) - rank(b) || a.name.length - b.name.length || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** The structures a line runs through, lit together when it is highlighted; none for no line. */
export function lineStructureIds(lineId: string | null): readonly string[] {
  return myofascialLines().find((line) => line.id === lineId)?.structureIds ?? [];
}
