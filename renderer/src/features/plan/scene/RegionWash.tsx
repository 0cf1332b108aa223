import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { PaintedRegion } from '../../../../../shared/domain/plan/region';
import type { SkinSurface } from '../../../scene/bodySurface';
import type { WashStyle } from '../../../marks/styles';
import { regionGeometry } from './regionGeometry';
import { washMaterial } from './washMaterial';

/** A painted region drawn on the skin; its geometry is rebuilt only when the region changes. */
export function RegionWash({
  region,
  skin,
  style,
  emphasis = 'normal',
}: {
  region: PaintedRegion;
  skin: SkinSurface;
  style: WashStyle;
  emphasis?: 'normal' | 'selected' | 'previous';
}) {
  const invalidate = useThree((state) => state.invalidate);
  const geometry = useMemo(() => regionGeometry(region, skin), [region, skin]);
  useEffect(() => {
    invalidate();
    return () => {
      geometry.dispose();
      invalidate();
    };
  }, [geometry, invalidate]);
  return <mesh geometry={geometry} material={washMaterial(style, emphasis)} renderOrder={9} />;
}
