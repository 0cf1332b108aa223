import type { Client } from '../../../../shared/domain/client';
import { contraindicationInfo } from '../../../../shared/domain/contraindications';
import { describeRegions, footprintRegions } from '../../../../shared/domain/plan/body-places';
import type { FindingBody } from '../../../../shared/domain/plan/findings';
import type { PrintCaution } from '../../../../shared/domain/printout';

type Caution = Extract<FindingBody, { kind: 'caution' }>;

/** Where a painted area lies, by the body regions its paint covers. */
export function paintedPlace(footprint: readonly string[]): string {
  const regions = [...footprintRegions(footprint)];
  return regions.length > 0 ? describeRegions(regions) : 'where painted on the body map';
}

/**
 * Every place the therapist was not to work, or only gently: the caution zones painted in this
 * session, then what the intake names by place (the areas the client asked to avoid, and the
 * contraindications that lie somewhere on the body, such as a scar), each with its reason.
 */
export function printedCautions(findings: readonly FindingBody[], client: Client): PrintCaution[] {
  const painted = findings
    .filter((finding): finding is Caution => finding.kind === 'caution')
    .map((caution) => ({
      source: caution.source === 'intake' ? 'From the intake, painted' : 'Painted in this session',
      where: paintedPlace(caution.footprint),
      reason: caution.reason,
      note: caution.note,
    }));
  const avoided = client.areasToAvoid.map((area) => ({
    source: 'From the intake',
    where: describeRegions(area.regions),
    reason: 'The client asked that this area be avoided',
    note: area.note,
  }));
  const placed = client.contraindications
    .filter((item) => item.regions.length > 0)
    .map((item) => ({
      source: 'From the intake',
      where: describeRegions(item.regions),
      reason: contraindicationInfo(item.code).label,
      note: item.note,
    }));
  return [...painted, ...avoided, ...placed];
}
