/**
 * `npm run model:measure -- FILE.glb [--weight-kg N] [--json]`: the figures of an exported body,
 * read back from the file. Without a weight, Mosteller's area is worked out for the weight the
 * skin's volume implies at the body's mean density.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadBodyGlb } from '../../renderer/src/scene/model/gltf/load';
import { mostellerM2 } from '../../shared/domain/body-size';
import { measureBody, type BodyFigures } from '../../renderer/src/scene/model/gltf/measure';

/** Whole-body density, kg/L: about 1.03 for an adult of average build (Siri 1961 range 1.00–1.10). */
const BODY_DENSITY_KG_PER_L = 1.03;

const { values, positionals } = parseArgs({
  options: { 'weight-kg': { type: 'string' }, json: { type: 'boolean', default: false } },
  allowPositionals: true,
  strict: true,
});
const file = positionals[0];
if (!file) {
  console.error('Usage: npm run model:measure -- FILE.glb [--weight-kg N] [--json]');
  process.exit(2);
}
const { scene, landmarks } = await loadBodyGlb(readFileSync(file));
const figures = measureBody(scene, landmarks);
const weightKg = values['weight-kg']
  ? Number(values['weight-kg'])
  : figures.skin.volumeL * BODY_DENSITY_KG_PER_L;
const mosteller = mostellerM2(figures.statureCm, weightKg);
const report = {
  ...figures,
  weightKg,
  weightFrom: values['weight-kg'] ? 'given' : 'volume',
  mostellerM2: mosteller,
};

if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  printTable(figures);
}

function percent(share: number | undefined): string {
  return `${((share ?? 0) * 100).toFixed(1)}%`;
}

function printTable(f: BodyFigures): void {
  const { skin } = f;
  const rows: [string, string][] = [
    ['triangles', f.triangles.toLocaleString('en')],
    [
      'skin: boundary edges / non-manifold edges / pieces',
      `${skin.boundaryEdges} / ${skin.nonManifoldEdges} / ${skin.components}`,
    ],
    ['skin area', `${skin.areaM2.toFixed(3)} m²`],
    [
      `Mosteller for ${f.statureCm.toFixed(1)} cm, ${weightKg.toFixed(1)} kg (${report.weightFrom})`,
      `${mosteller.toFixed(3)} m² (skin ${(((skin.areaM2 - mosteller) / mosteller) * 100).toFixed(1)}%)`,
    ],
    ['skin volume', `${skin.volumeL.toFixed(1)} L`],
    ['stature', `${f.statureCm.toFixed(1)} cm`],
    ['head height (vertex to menton)', `${f.headHeightCm.toFixed(1)} cm, ${f.heads.toFixed(2)} heads tall`],
  ];
  for (const view of ['anterior', 'posterior'] as const) {
    const { share, silhouetteRays } = f.views[view];
    const listed = Object.entries(share)
      .sort((a, b) => b[1] - a[1])
      .map(([layer, value]) => `${layer} ${percent(value)}`)
      .join(', ');
    rows.push([`${view}: first under the skin (${silhouetteRays} rays, 1 cm grid)`, listed]);
  }
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
}
