import { useLayoutEffect, useMemo } from 'react';
import { SpriteMaterial, type Texture } from 'three';
import { useThree } from '@react-three/fiber';
import type { ModelPoint } from '../../../../../shared/domain/plan/region';

/** Size on screen: about 22 px on a 700 px tall canvas, whatever the zoom (30° presets). */
const SCREEN_SCALE = 0.017;
/** Marks are drawn after the translucent fascia, which would otherwise wash them out. */
const MARK_ORDER = 10;

const materials = new Map<string, SpriteMaterial>();

/** Shared materials per texture: one seen normally, one faint that shows through the body. */
function material(texture: Texture, through: boolean): SpriteMaterial {
  const key = `${texture.uuid}|${through}`;
  let found = materials.get(key);
  if (!found) {
    found = new SpriteMaterial({
      map: texture,
      sizeAttenuation: false,
      depthTest: !through,
      depthWrite: false,
      transparent: true,
      opacity: through ? 0.3 : 1,
    });
    materials.set(key, found);
  }
  return found;
}

/**
 * A finding's symbol at a point on the surface, facing the camera. Where the body hides it, a
 * faint copy still shows through, so a mark on the back is not lost from the front view.
 */
export function MarkSprite({
  texture,
  position,
  emphasis = 1,
}: {
  texture: Texture;
  position: ModelPoint;
  emphasis?: number;
}) {
  const invalidate = useThree((state) => state.invalidate);
  const [front, through] = useMemo(() => [material(texture, false), material(texture, true)], [texture]);
  const scale = SCREEN_SCALE * emphasis;
  useLayoutEffect(() => invalidate(), [invalidate, position, scale, texture]);
  return (
    <group position={position}>
      <sprite material={front} scale={[scale, scale, 1]} renderOrder={MARK_ORDER + 1} />
      <sprite material={through} scale={[scale, scale, 1]} renderOrder={MARK_ORDER} />
    </group>
  );
}
