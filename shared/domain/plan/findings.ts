import { z } from 'zod';
import { tenderPointSites } from '../../anatomy';
import { longText, requiredText } from '../common';
import { ALGOMETER_RANGE_KG_CM2 } from '../pressure';
import { StructureId, SurfaceAnchor, UnitVector, anchoredMuscle } from './anchor';
import { EMPTY_REGION, PaintedRegion } from './region';

/**
 * The structures a painted region lies over, worked out by the renderer from the body surface
 * when the region is saved, so main can check the plan's safety without the mesh.
 */
export const Footprint = z.array(StructureId).max(400).default([]);

const note = longText('Note', 4000).default('');

export const ADHESION_DEPTHS = ['skin', 'superficial_fascia', 'deep_fascia', 'muscle'] as const;
export const ADHESION_DEPTH_LABELS: Record<(typeof ADHESION_DEPTHS)[number], string> = {
  skin: 'Skin',
  superficial_fascia: 'Superficial fascia',
  deep_fascia: 'Deep fascia',
  muscle: 'Muscle',
};
export const SEVERITIES = ['mild', 'moderate', 'severe'] as const;

/** A direction lying in the surface: at most about 6° out of the tangent plane. */
const MAX_OUT_OF_PLANE = 0.1;

export const AdhesionFinding = z
  .strictObject({
    kind: z.literal('adhesion'),
    anchor: SurfaceAnchor,
    depth: z.enum(ADHESION_DEPTHS, { message: 'Choose the depth of the restriction' }),
    /** The way the tissue will not move, in model space, tangent to the surface at the anchor. */
    direction: UnitVector,
    severity: z.enum(SEVERITIES, { message: 'Choose mild, moderate or severe' }),
    note,
  })
  .refine(
    (finding) => {
      const [a, b] = [finding.direction, finding.anchor.normal];
      return Math.abs(a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) <= MAX_OUT_OF_PLANE;
    },
    { message: 'The restriction’s direction must lie along the surface', path: ['direction'] },
  );

export const TRIGGER_POINT_STATES = ['active', 'latent'] as const;

export const TriggerPointFinding = z
  .strictObject({
    kind: z.literal('trigger_point'),
    anchor: SurfaceAnchor,
    state: z.enum(TRIGGER_POINT_STATES, { message: 'Choose active or latent' }),
    /** Where the client feels the referred pain, painted on the model. */
    referral: PaintedRegion.default(EMPTY_REGION),
    note,
  })
  .refine((finding) => anchoredMuscle(finding.anchor) !== null, {
    message: 'A trigger point lies in a muscle: place it on a muscle, or on fascia over one',
    path: ['anchor', 'structureId'],
  });

export const PAIN_QUALITIES = [
  'aching',
  'burning',
  'sharp',
  'stabbing',
  'throbbing',
  'tingling',
  'numb',
  'stiff',
] as const;

export const PainAreaFinding = z.strictObject({
  kind: z.literal('pain_area'),
  region: PaintedRegion,
  footprint: Footprint,
  intensity: z.int().min(0, 'Intensity is 0 to 10').max(10, 'Intensity is 0 to 10'),
  quality: z.enum(PAIN_QUALITIES, { message: 'Choose how the pain feels' }),
  note,
});

const SITE_IDS = tenderPointSites().map((site) => site.id);

/** One of the 18 ACR 1990 sites, tested by about 4 kg of digital pressure. */
export const TenderPointFinding = z.strictObject({
  kind: z.literal('tender_point'),
  siteId: z
    .string()
    .refine((id) => SITE_IDS.includes(id), { message: 'Not one of the 18 tender-point sites' }),
  painful: z.boolean(),
  /** Pressure-pain threshold read on an algometer, when one was used. */
  algometerKgCm2: z
    .number()
    .min(ALGOMETER_RANGE_KG_CM2.min)
    .max(ALGOMETER_RANGE_KG_CM2.max)
    .nullable()
    .default(null),
  note,
});

export const CAUTION_SOURCES = ['intake', 'therapist'] as const;

/** Somewhere the therapist must not work, or only gently: from the intake or noticed in session. */
export const CautionFinding = z.strictObject({
  kind: z.literal('caution'),
  region: PaintedRegion,
  footprint: Footprint,
  source: z.enum(CAUTION_SOURCES),
  reason: requiredText('Reason', 300),
  note,
});

export const FindingBody = z.discriminatedUnion('kind', [
  AdhesionFinding,
  TriggerPointFinding,
  PainAreaFinding,
  TenderPointFinding,
  CautionFinding,
]);
export type FindingBody = z.output<typeof FindingBody>;
export type FindingBodyInput = z.input<typeof FindingBody>;
export type FindingKind = FindingBody['kind'];

export const FINDING_KINDS: readonly FindingKind[] = [
  'adhesion',
  'trigger_point',
  'pain_area',
  'tender_point',
  'caution',
];

export const FINDING_LABELS: Record<FindingKind, string> = {
  adhesion: 'Adhesion',
  trigger_point: 'Trigger point',
  pain_area: 'Pain area',
  tender_point: 'Tender point',
  caution: 'Caution zone',
};
