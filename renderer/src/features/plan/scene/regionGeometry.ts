import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import { coveredPatchIndices } from '../../../../../shared/domain/plan/coverage';
import type { PaintedRegion } from '../../../../../shared/domain/plan/region';
import type { SkinSurface } from '../../../scene/bodySurface';

/** Lifted off the skin so the wash is not lost in the fascia it lies on. */
const LIFT_CM = 0.15;

/** The skin triangles a region covers, as a mesh of their own for drawing the wash. */
export function regionGeometry(region: PaintedRegion, skin: SkinSurface): BufferGeometry {
  const covered = coveredPatchIndices(region, skin.surface);
  const source = skin.envelope.geometry;
  const position = source.getAttribute('position') as BufferAttribute;
  const index = source.index!;
  const out = new Float32Array(covered.length * 9);
  const [a, b, c, normal] = [new Vector3(), new Vector3(), new Vector3(), new Vector3()];
  let k = 0;
  for (const patch of covered) {
    const t = skin.triangles[patch]! * 3;
    a.fromBufferAttribute(position, index.getX(t));
    b.fromBufferAttribute(position, index.getX(t + 1));
    c.fromBufferAttribute(position, index.getX(t + 2));
    normal.subVectors(c, b).cross(new Vector3().subVectors(a, b)).normalize().multiplyScalar(LIFT_CM);
    for (const vertex of [a, b, c]) {
      vertex.add(normal);
      out[k++] = vertex.x;
      out[k++] = vertex.y;
      out[k++] = vertex.z;
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(out, 3));
  return geometry;
}
