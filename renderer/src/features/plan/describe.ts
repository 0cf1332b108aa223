import { structureById, structureLabel } from '../../../../shared/anatomy';
import {
  ADHESION_DEPTH_LABELS,
  FINDING_LABELS,
  type FindingBody,
} from '../../../../shared/domain/plan/findings';
import { findingPlace, findingStructure } from '../../../../shared/domain/plan/finding-kinds';
import { tenderPointSite } from '../../../../shared/domain/plan/tender-points';
import type { Technique } from '../../../../shared/domain/plan/techniques';

export function structureName(id: string | null): string {
  const structure = id ? structureById(id) : undefined;
  return structure ? structureLabel(structure) : 'unknown structure';
}

/** How a finding reads in the list: its kind, its main facts and where it is. */
export function describeFinding(body: FindingBody): string {
  const structure = findingStructure(body);
  switch (body.kind) {
    case 'trigger_point':
      return `${FINDING_LABELS.trigger_point}, ${body.state}: ${structureName(structure)}`;
    case 'adhesion':
      return `${FINDING_LABELS.adhesion}, ${ADHESION_DEPTH_LABELS[body.depth].toLowerCase()}, ${body.severity}: ${findingPlace(body) ?? structureName(structure)}`;
    case 'pain_area':
      return `${FINDING_LABELS.pain_area}, ${body.intensity}/10 ${body.quality}: ${structure ? structureName(structure) : 'painted'}`;
    case 'caution':
      return `${FINDING_LABELS.caution} (${body.source === 'intake' ? 'intake' : 'therapist'}): ${body.reason}`;
    case 'tender_point':
      return `${FINDING_LABELS.tender_point}, ${body.painful ? 'painful' : 'not painful'}: ${tenderPointSite(body.siteId)?.name ?? body.siteId}`;
  }
}

export function techniqueName(techniques: readonly Technique[], id: string): string {
  return techniques.find((technique) => technique.id === id)?.name ?? id;
}
