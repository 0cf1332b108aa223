import { useEffect, useState } from 'react';
import type { SkinSurface } from '../../scene/bodySurface';
import { skinSurface } from '../../scene/skinSurface';

/** The measurable skin, once the model has built it; null until then. */
export function useSkin(): SkinSurface | null {
  const [skin, setSkin] = useState<SkinSurface | null>(null);
  useEffect(() => {
    let live = true;
    skinSurface().then(
      (surface) => live && setSkin(surface),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return skin;
}
