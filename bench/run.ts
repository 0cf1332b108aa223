import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { browserFigures, shellFigure } from './browser';
import { bundleFigures } from './bundle';
import { cachedClinic, LARGE_CLINIC, QUICK_CLINIC, SHELL_CLINIC } from './clinic';
import type { Figure } from './measure';
import { growthRows, growthTable } from './growth';
import { clickedPlaces, generateFigure, loadFigure, pickFigures, pointsOnBody } from './model';
import { buildWholeBody } from '../renderer/src/scene/model/wholeBody';
import { mainMemoryFigure } from './main-memory';
import { withGoals } from './goals';
import { jsonLines, table } from './report';
import { serviceFigures } from './services';

/**
 * `npm run bench [-- --json] [-- --quick]`: FasciaMap's speed beside its baselines, on a generated
 * clinic cached under .cache/bench. `-- --growth` prints instead the service figures at 0.1×, 1×
 * and 3× the clinic. Progress goes to stderr so `--json` output stays one figure a line.
 * The browser figures need the renderer built (`npx electron-vite build`).
 */
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    growth: { type: 'boolean', default: false },
  },
});
const size = values.quick ? QUICK_CLINIC : LARGE_CLINIC;
const progress = (message: string) => console.error(`[bench] ${message}`);

progress('building the body model');
const model = buildWholeBody();
const points = pointsOnBody(model);
const places = clickedPlaces(model, points);

const cacheFolder = resolve(import.meta.dirname, '../.cache/bench');
if (values.growth) {
  const rows = await growthRows(() => places, cacheFolder, 200, progress);
  console.log(values.json ? rows.map((row) => JSON.stringify(row)).join('\n') : growthTable(rows));
  process.exit(0);
}

const started = performance.now();
const clinic = cachedClinic(size, () => places, cacheFolder);
const seconds = Math.round((performance.now() - started) / 1000);
progress(clinic.generated ? `generated ${clinic.file} in ${seconds} s` : `reusing the cached ${clinic.file}`);

const figures: Figure[] = [];
progress('model figures');
figures.push(
  ...(await pickFigures(model, points)),
  await generateFigure(values.quick ? 1 : 3),
  await loadFigure(model, values.quick ? 5 : 15),
);
progress('service figures');
figures.push(...(await serviceFigures(clinic, places[0]!, { calls: 200, backups: values.quick ? 1 : 3 })));
progress('main process memory');
figures.push(mainMemoryFigure(clinic));
progress('bundle figures');
const rendererDir = resolve(import.meta.dirname, '../out/renderer');
const built = existsSync(join(rendererDir, 'index.html'));
if (built) figures.push(...bundleFigures(rendererDir));
progress('browser figures');
const loads = { loads: values.quick ? 2 : 5 };
const shellClinic = cachedClinic(SHELL_CLINIC, () => places, cacheFolder);
const browser = await browserFigures(clinic, loads);
const shell = await shellFigure(shellClinic, loads);
figures.push(...browser.figures, ...shell.figures);
const missing = [
  ...(built
    ? []
    : ['bundle_initial_kb', 'bundle_total_kb'].map((name) => ({
        name,
        reason: 'the renderer is not built: run `npx electron-vite build` first',
      }))),
  ...browser.missing,
  ...shell.missing,
];

/** The order the issue lists them in, whichever part measured them. */
const ORDER = [
  'pick_ms',
  'model_generate_ms',
  'model_load_ms',
  'model_ready_ms',
  'model_triangles',
  'draw_calls',
  'mark_commit_ms',
  'paint_commit_ms',
  'open_chart_ms',
  'load_session_ms',
  'search_clients_ms',
  'shell_ready_ms',
  'first_view_ms',
  'idle_renders',
  'pdf_ms',
  'renderer_heap_mb',
  'main_rss_mb',
  'backup_ms',
  'integrity_check_ms',
  'bundle_initial_kb',
  'bundle_total_kb',
];
figures.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
const run = `${size.clients} clients, ${size.clients * size.sessionsPerClient} sessions, ${size.mapRows} findings and zones`;
const reported = withGoals(figures);
if (values.json) {
  console.log(jsonLines(reported));
} else {
  console.log(`FasciaMap benchmarks (${run}), medians of repeated runs\n\n${table(reported)}`);
}
// Left out, never faked: said where a reader of either output will see it.
const say = values.json ? console.error : console.log;
for (const { name, reason } of missing) say(`${name} left out: ${reason}`);
