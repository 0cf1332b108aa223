import type { ThicknessProfile } from '../../../../shared/anatomy';
import { clamp, smoothstep } from './curves';

/**
 * Evaluates a thickness profile at (u, v): how thick the muscle is, how much of its full belly
 * shape applies, and how "tendinous" it is there (for whitening).
 */
export interface ProfileSample {
  /** 0 in tendon, rising to 1 at the fullest belly. */
  belly: number;
  thickness: number;
  tendon: number;
}

function perGuide(value: number | readonly number[], u: number): number {
  if (typeof value === 'number') return value;
  if (value.length === 1) return value[0]!;
  const x = clamp(u, 0, 1) * (value.length - 1);
  const i = Math.min(Math.floor(x), value.length - 2);
  const t = x - i;
  return value[i]! * (1 - t) + value[i + 1]! * t;
}

export function sampleProfile(
  profile: ThicknessProfile,
  u: number,
  v: number,
  tendonThickness: number,
): ProfileSample {
  const to = perGuide(profile.tendonOrigin, u);
  const ti = perGuide(profile.tendonInsertion, u);
  if (to + ti >= 0.999) {
    // a pure membrane or ligament: uniform and entirely white
    return { belly: 1, thickness: profile.belly, tendon: 1 };
  }
  const s = clamp((v - to) / (1 - to - ti), 0, 1);
  const peak = clamp(profile.peak ?? 0.5, 0.1, 0.9);
  const warped = Math.pow(s, Math.log(0.5) / Math.log(peak));
  let belly = Math.pow(Math.sin(Math.PI * warped), 0.55);
  const intoBelly = Math.min(v - to, 1 - ti - v);
  let tendon = 1 - smoothstep(-0.015, 0.06, intoBelly);
  for (const band of profile.bands ?? []) {
    const near = 1 - smoothstep(0.004, 0.014, Math.abs(v - band));
    tendon = Math.max(tendon, near);
    belly *= 1 - 0.3 * near;
  }
  const thickness = Math.max(tendonThickness, profile.belly * belly);
  return { belly, thickness, tendon };
}
