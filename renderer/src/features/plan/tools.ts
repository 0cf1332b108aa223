import type { FindingKind } from '../../../../shared/domain/plan/findings';

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
    description: 'Place a trigger point in the muscle clicked',
    label: 'Trigger point',
    key: 't',
    paints: false,
    makes: 'trigger_point',
  },
  {
    id: 'adhesion',
    description: 'Place an adhesion on the surface clicked',
    label: 'Adhesion',
    key: 'a',
    paints: false,
    makes: 'adhesion',
  },
  {
    id: 'tender_point',
    description: 'Tender-point exam: click a site to mark it painful or not',
    label: 'Tender points',
    key: 'e',
    paints: false,
    makes: 'tender_point',
  },
  {
    id: 'pain_area',
    description: 'Paint a pain area',
    label: 'Pain area',
    key: 'p',
    paints: true,
    makes: 'pain_area',
  },
  {
    id: 'caution',
    description: 'Paint a caution / no-touch zone',
    label: 'Caution',
    key: 'c',
    paints: true,
    makes: 'caution',
  },
  { id: 'zone_paint', description: 'Paint a treatment zone', label: 'Zone: paint', key: 'z', paints: true },
  {
    id: 'zone_structure',
    description: 'Add a treatment zone on the whole structure clicked',
    label: 'Zone: structure',
    key: 's',
    paints: false,
  },
  {
    id: 'referral',
    description: 'Paint the referral zone of the selected trigger point',
    label: 'Referral',
    key: 'r',
    paints: true,
  },
  {
    id: 'erase',
    description: 'Erase paint from the selected painted item',
    label: 'Erase',
    key: 'x',
    paints: true,
  },
];

export function toolById(id: ToolId): Tool {
  return TOOLS.find((tool) => tool.id === id)!;
}

export const BRUSH_RADII_CM = [1, 2, 3, 5, 8, 12] as const;
