import { describe, expect, it } from 'vitest';
import { CAMERA_PRESETS } from '../../../scene/cameraPresets';
import { directionOnPicture, framingCamera } from './projection';

const camera = (view: keyof typeof CAMERA_PRESETS) => framingCamera(CAMERA_PRESETS[view], 600, 1000);
/** The top of the client's left shoulder, at the back. */
const SHOULDER = [12, 145, -8];

describe('a restriction’s arrow on the picture', () => {
  it('points up the page for a superior restriction, from the front and from behind', () => {
    for (const view of ['anterior', 'posterior'] as const) {
      const arrow = directionOnPicture(camera(view), SHOULDER, [0, 1, 0])!;
      expect(arrow.y).toBeCloseTo(-1, 1);
      expect(Math.abs(arrow.x)).toBeLessThan(0.1);
    }
  });

  it('points towards the client’s left: the picture’s right from the front, its left from behind', () => {
    expect(directionOnPicture(camera('anterior'), SHOULDER, [1, 0, 0])!.x).toBeCloseTo(1, 1);
    expect(directionOnPicture(camera('posterior'), SHOULDER, [1, 0, 0])!.x).toBeCloseTo(-1, 1);
  });

  it('draws no arrow for a restriction running straight towards the camera', () => {
    expect(directionOnPicture(camera('posterior'), SHOULDER, [0, 0, -1])).toBeNull();
    expect(directionOnPicture(camera('left'), SHOULDER, [0, 0, -1])).not.toBeNull();
  });
});
