import { z } from 'zod';
import { longText, requiredText } from '../common';

/**
 * The techniques a clinic starts with (DOMAIN.md). Their ids are fixed so safety rules can name
 * them; a clinic adds its own, renames or retires these, and the rules still apply.
 */
export const SEEDED_TECHNIQUES = [
  { id: 'cross-hand-release', name: 'Cross-hand release' },
  { id: 'sustained-pressure', name: 'Sustained pressure' },
  { id: 'skin-rolling', name: 'Skin rolling' },
  { id: 'arm-pull', name: 'Arm pull' },
  { id: 'leg-pull', name: 'Leg pull' },
  { id: 'transverse-plane-release', name: 'Transverse plane release' },
  { id: 'instrument-assisted', name: 'Instrument-assisted release' },
  { id: 'cupping', name: 'Cupping' },
  { id: 'transverse-sliding', name: 'Transverse sliding' },
  { id: 'cranial-hold', name: 'Cranial hold' },
] as const;

export const TechniqueId = z.string().min(1).max(60);

export const TechniqueInput = z.strictObject({
  name: requiredText('Technique', 80),
  description: longText('Description', 1000).default(''),
});

export const Technique = z.strictObject({
  id: TechniqueId,
  name: z.string(),
  description: z.string(),
  retired: z.boolean(),
});
export type Technique = z.infer<typeof Technique>;
