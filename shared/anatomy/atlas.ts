import { FASCIA } from './fascia';
import { expandSpec } from './mirror';
import { ARM_MUSCLES } from './muscles/arm';
import { FOREARM_MUSCLES } from './muscles/forearm';
import { HEAD_MUSCLES } from './muscles/head';
import { HIP_MUSCLES } from './muscles/hip';
import { LEG_MUSCLES } from './muscles/leg';
import { NECK_MUSCLES } from './muscles/neck';
import { SHOULDER_MUSCLES } from './muscles/shoulder';
import { THIGH_MUSCLES } from './muscles/thigh';
import { TRUNK_MUSCLES } from './muscles/trunk';
import { AXIAL_SKELETON } from './skeleton/axial';
import { HEAD_SKELETON } from './skeleton/head';
import { LIMB_SKELETON } from './skeleton/limbs';
import type { Structure, StructureSpec } from './types';

/**
 * Bumped whenever a structure's geometry parameters or ids change, so a mark records the atlas it
 * was placed on and can be re-anchored later.
 */
export const ATLAS_VERSION = 1;

const SPECS: readonly StructureSpec[] = [
  ...HEAD_SKELETON,
  ...AXIAL_SKELETON,
  ...LIMB_SKELETON,
  ...HEAD_MUSCLES,
  ...NECK_MUSCLES,
  ...SHOULDER_MUSCLES,
  ...TRUNK_MUSCLES,
  ...ARM_MUSCLES,
  ...FOREARM_MUSCLES,
  ...HIP_MUSCLES,
  ...THIGH_MUSCLES,
  ...LEG_MUSCLES,
  ...FASCIA,
];

export const STRUCTURES: readonly Structure[] = SPECS.flatMap(expandSpec);

export interface Atlas {
  readonly version: number;
  readonly structures: readonly Structure[];
}

export const ATLAS: Atlas = { version: ATLAS_VERSION, structures: STRUCTURES };
