import type { FindingKind } from '../../../../shared/domain/plan/findings';
import { TARGET_WORDS, type MarkTarget } from '../../../../shared/domain/plan/targets';

/**
 * What a click or a drag on the model does. Point findings are placed with a click; regions are
 * painted with a drag; erase takes paint off the selected region.
 */
export type ToolId =
  | 'select'
  | 'move'
  | 'trigger_point'
  | 'adhesion'
  | 'tender_point'
  | 'pain_area'
  | 'caution'
  | 'zone_paint'
  | 'zone_structure'
  | 'referral'
  | 'erase';

export interface Tool {
  id: ToolId;
  /** Short enough for the toolbar; `description` is its tooltip. */
  label: string;
  description: string;
  /** The key that picks the tool (shown in its tooltip and label). */
  key: string;
  paints: boolean;
  /** The finding kind the tool makes, if any. */
  makes?: FindingKind;
  /** What a click or a stroke of the tool lands on (see `targetHit`); select and move have none of their own. */
  target?: MarkTarget;
}

export const TOOLS: readonly Tool[] = [
  {
    id: 'select',
    description: 'Select a finding or zone on the model',
    label: 'Select',
    key: 'v',
    paints: false,
  },
  {
    id: 'move',
    description: 'Move the selected trigger point or adhesion to where you click',
    label: 'Move',
    key: 'm',
    paints: false,
  },
  {
    id: 'trigger_point',
    description: 'Place a trigger point',
    target: 'muscle',
    label: 'Trigger point',
    key: 't',
    paints: false,
    makes: 'trigger_point',
  },
  {
    id: 'adhesion',
    description: 'Place an adhesion',
    target: 'fascia',
    label: 'Adhesion',
    key: 'a',
    paints: false,
    makes: 'adhesion',
  },
  {
    id: 'tender_point',
    description: 'Tender-point exam: click a site to mark it painful or not',
    target: 'skin',
    label: 'Tender points',
    key: 'e',
    paints: false,
    makes: 'tender_point',
  },
  {
    id: 'pain_area',
    description: 'Paint a pain area',
    target: 'skin',
    label: 'Pain area',
    key: 'p',
    paints: true,
    makes: 'pain_area',
  },
  {
    id: 'caution',
    description: 'Paint a caution / no-touch zone',
    target: 'skin',
    label: 'Caution',
    key: 'c',
    paints: true,
    makes: 'caution',
  },
  {
    id: 'zone_paint',
    description: 'Paint a treatment zone',
    target: 'skin',
    label: 'Zone: paint',
    key: 'z',
    paints: true,
  },
  {
    id: 'zone_structure',
    description: 'Add a treatment zone',
    target: 'structure',
    label: 'Zone: structure',
    key: 's',
    paints: false,
  },
  {
    id: 'referral',
    description: 'Paint the referral zone of the selected trigger point',
    target: 'skin',
    label: 'Referral',
    key: 'r',
    paints: true,
  },
  {
    id: 'erase',
    description: 'Erase paint from the selected painted item',
    target: 'skin',
    label: 'Erase',
    key: 'x',
    paints: true,
  },
];

export function toolById(id: ToolId): Tool {
  return TOOLS.find((tool) => tool.id === id)!;
}

/** The toolbar's tooltip: what the tool does, what it lands on, and its key. */
export function toolHint(tool: Tool): string {
  const target = tool.target ? ` ${TARGET_WORDS[tool.target]}` : '';
  return `${tool.description}${target} (${tool.key.toUpperCase()})`;
}

export const BRUSH_RADII_CM = [1, 2, 3, 5, 8, 12] as const;
