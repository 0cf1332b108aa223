import { afterAll, describe, expect, it } from 'vitest';
import { SurfaceAnchor } from '../shared/domain/plan/anchor';
import { trapeziusAnchor } from '../shared/domain/plan/test-fixtures';
import { tempFolder } from '../electron/test-support/temp-db';
import { cachedClinic, type ClinicSize } from './clinic';
import { clickedPlaces, loadFigure, pickFigures, pointsOnBody } from './model';
import { buildWholeBody } from '../renderer/src/scene/model/wholeBody';
import { serviceFigures } from './services';

/**
 * The benchmark's pieces on a tiny clinic, so they keep working between full runs. Nothing here
 * checks a speed: the figures only have to exist and be numbers.
 */
const TINY: ClinicSize = {
  clients: 3,
  sessionsPerClient: 6,
  mapRows: 120,
  busySessionRows: 20,
  markedSessionFindings: 30,
};
const cache = tempFolder('fasciamap-bench-test-');
afterAll(() => cache.remove());

const place = {
  anchor: SurfaceAnchor.parse(trapeziusAnchor()),
  direction: [1, 0, 0] as [number, number, number],
};

describe('the cached bench clinic', () => {
  it('is generated once, then reused, and the service figures run on it', async () => {
    const clinic = cachedClinic(TINY, () => [place], cache.path);
    expect(clinic.generated).toBe(true);
    const again = cachedClinic(TINY, () => [], cache.path);
    expect(again).toMatchObject({ generated: false, busySessionId: clinic.busySessionId });

    const figures = await serviceFigures(again, place, { calls: 3, backups: 1 });
    expect(figures.map((figure) => figure.name)).toEqual([
      'mark_commit_ms',
      'open_chart_ms',
      'load_session_ms',
      'search_clients_ms',
      'backup_ms',
      'integrity_check_ms',
    ]);
    for (const figure of figures) expect(figure.value).toBeGreaterThan(0);
    expect(figures[0]!.ratio).not.toBeNull();
    expect(figures.at(-1)!.baseline).toBeGreaterThan(0);
  });
});

describe('the pick figures', () => {
  it('pick on the full model with and without the BVH, from clicks that make valid anchors', async () => {
    const model = buildWholeBody();
    const points = pointsOnBody(model, 6);
    expect(points.length).toBeGreaterThan(10);
    expect(clickedPlaces(model, points).length).toBeGreaterThan(0);
    const figures = await pickFigures(model, points);
    const pick = figures.find((figure) => figure.name === 'pick_ms');
    expect(pick?.baseline).toBeGreaterThan(0);
    expect(figures.find((figure) => figure.name === 'model_triangles')?.value).toBe(model.triangleCount);
  }, 120_000);

  it('reads the model asset into a pickable model, beside GLTFLoader parsing the same model', async () => {
    const load = await loadFigure(buildWholeBody(), 1);
    expect(load.name).toBe('model_load_ms');
    expect(load.value).toBeGreaterThan(0);
    expect(load.baseline).toBeGreaterThan(0);
    expect(load.note).toMatch(/MB model asset .* MB \.glb/);
  }, 120_000);
});
