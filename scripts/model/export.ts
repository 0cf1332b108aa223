/**
 * `npm run model:export -- --out FILE.glb`: writes the body the app shows as glTF 2.0 binary.
 * Open it in any glTF viewer; `npm run model:measure -- FILE.glb` prints its figures.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { bodyGltf } from '../../renderer/src/scene/model/gltf/bodyGltf';
import { buildWholeBody } from '../../renderer/src/scene/model/wholeBody';

const { values } = parseArgs({ options: { out: { type: 'string' } }, strict: true });
if (!values.out) {
  console.error('Usage: npm run model:export -- --out FILE.glb');
  process.exit(2);
}
const { bytes, triangleCount } = bodyGltf(buildWholeBody());
writeFileSync(values.out, bytes);
console.log(
  `Wrote ${values.out}: ${triangleCount.toLocaleString('en')} triangles, ${(bytes.byteLength / 1e6).toFixed(1)} MB`,
);
