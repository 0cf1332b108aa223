import { PerspectiveCamera, Raycaster, Vector2 } from 'three';
import { describe, expect, it } from 'vitest';
import { ATLAS, structureById } from '../../../shared/anatomy';
import { focusOnBox } from './cameraMoves';
import { CAMERA_PRESETS } from './cameraPresets';
import { attachEnvelope, buildBodyModel } from './model/bodyModel';
import { buildEnvelope } from './model/envelope';
import { firstHit, pickAll } from './model/picking';
import { occludersOf, unghostedHits } from './reveal';

const model = buildBodyModel(ATLAS);
attachEnvelope(model, 'superficial_fascia_M', buildEnvelope(model.envelopeInput));

/** The camera as the viewer places it when a search frames `structureId`. */
function framing(structureId: string): PerspectiveCamera {
  const camera = new PerspectiveCamera(CAMERA_PRESETS.anterior.fov, 1, 5, 2500);
  focusOnBox(camera, model.bounds.get(structureId)!, null);
  camera.updateMatrixWorld();
  return camera;
}

function centreHits(camera: PerspectiveCamera) {
  const raycaster = new Raycaster();
  raycaster.setFromCamera(new Vector2(0, 0), camera);
  return pickAll(model, raycaster);
}

describe('revealing a structure a search found', () => {
  it('ghosts what lies over the piriformis from behind, and then the piriformis is under the centre', () => {
    const camera = framing('piriformis_L');
    // today the gluteus maximus hides it: the first muscle under the centre is not the piriformis
    expect(firstHit(centreHits(camera), 'muscle')?.structureId).not.toBe('piriformis_L');

    const over = occludersOf(model, 'piriformis_L', camera.position);
    expect(over).toContain('gluteus_maximus_L');
    expect(over).not.toContain('piriformis_L');
    // nothing of the other side, and nothing beneath it, lies over it
    expect(over.filter((id) => id.endsWith('_R'))).toEqual([]);
    expect(over.map((id) => structureById(id)!.layer)).not.toContain('skeleton');

    const seen = unghostedHits(centreHits(camera), over);
    expect(seen[0]?.structureId).toBe('piriformis_L');
  });

  it('never ghosts what lies beneath: revealing the gluteus maximus leaves the muscles under it', () => {
    const over = occludersOf(model, 'gluteus_maximus_L', framing('gluteus_maximus_L').position);
    expect(over).toContain('superficial_fascia_M');
    for (const beneath of ['gluteus_medius_L', 'piriformis_L', 'gluteus_maximus_L']) {
      expect(over).not.toContain(beneath);
    }
  });

  it('leaves every hit when nothing is ghosted', () => {
    const hits = centreHits(framing('piriformis_L'));
    expect(unghostedHits(hits, [])).toEqual(hits);
  });
});
