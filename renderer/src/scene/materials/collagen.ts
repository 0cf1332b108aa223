import { DataTexture, LinearFilter, LinearMipmapLinearFilter, RepeatWrapping, RGBAFormat } from 'three';

/**
 * A tangent-space normal map of crimped collagen bundles, made in code so nothing is downloaded:
 * parallel bundles running along v (the sheet's origin-to-insertion direction), each a rounded
 * ridge with the gentle wave collagen has at rest, of slightly varying width and phase. It tiles
 * in both directions, so the fibres run on across a sheet without seams.
 */
const BUNDLES = 16;
const CRIMP_WAVES = 6;

/** A repeatable pseudo-random number in [0, 1) for bundle `i`. */
function jitter(i: number, salt: number): number {
  const s = Math.sin((i + 1) * 12.9898 + salt * 78.233) * 43758.5453;
  return s - Math.floor(s);
}

/** Height of the collagen relief at (u, v) in [0, 1)², periodic in both. */
function relief(u: number, v: number): number {
  const across = u * BUNDLES;
  const bundle = Math.floor(across);
  const index = ((bundle % BUNDLES) + BUNDLES) % BUNDLES;
  const phase = jitter(index, 1) * 2 * Math.PI;
  const crimp = 0.12 * Math.sin(2 * Math.PI * CRIMP_WAVES * v + phase);
  const t = across - bundle + crimp;
  const ridge = Math.sin(Math.PI * (((t % 1) + 1) % 1));
  return ridge * (0.75 + 0.25 * jitter(index, 2));
}

/** RGBA bytes of the normal map, `size` × `size`, normals encoded as 0.5 + 0.5·n. */
export function collagenNormals(size: number, strength = 2.5): Uint8Array {
  const height = new Float32Array(size * size);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) height[y * size + x] = relief(x / size, y / size);
  const at = (x: number, y: number) => height[((y + size) % size) * size + ((x + size) % size)]!;
  const bytes = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = ((at(x + 1, y) - at(x - 1, y)) / 2) * strength;
      const dy = ((at(x, y + 1) - at(x, y - 1)) / 2) * strength;
      const length = Math.hypot(dx, dy, 1);
      const o = (y * size + x) * 4;
      bytes[o] = Math.round((0.5 - (0.5 * dx) / length) * 255);
      bytes[o + 1] = Math.round((0.5 - (0.5 * dy) / length) * 255);
      bytes[o + 2] = Math.round((0.5 + 0.5 / length) * 255);
      bytes[o + 3] = 255;
    }
  }
  return bytes;
}

export function createCollagenNormalMap(size = 256): DataTexture {
  const texture = new DataTexture(collagenNormals(size), size, size, RGBAFormat);
  texture.wrapS = texture.wrapT = RepeatWrapping;
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearMipmapLinearFilter;
  texture.generateMipmaps = true;
  texture.needsUpdate = true;
  return texture;
}
