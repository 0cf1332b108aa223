import { describe, expect, it } from 'vitest';
import { CAMERA_PRESETS } from '../../../scene/cameraPresets';
import { crowdedCount, INSET_REGIONS, insetFraming, insetsFor, type SeenMark } from './crowding';

const SIZE = 26;
const neck = INSET_REGIONS.find((region) => region.id === 'neck_shoulders')!;
/** A mark on the body at `point`, falling at (x, y) on the picture. */
const mark = (point: [number, number, number], x: number, y: number): SeenMark => ({ point, at: { x, y } });

describe('insets where marks crowd', () => {
  it('adds no inset where the marks stand clear of each other', () => {
    const seen = [mark([-8, 150, 5], 260, 160), mark([8, 150, 5], 340, 160)];
    expect(insetsFor([{ view: 'anterior', seen, size: SIZE }])).toEqual([]);
  });

  it('adds the neck and shoulders when two marks there would cover each other', () => {
    const seen = [mark([-8, 150, 5], 290, 160), mark([-6, 148, 5], 300, 170), mark([0, 100, 8], 300, 600)];
    expect(crowdedCount(neck, { view: 'anterior', seen, size: SIZE })).toBe(2);
    expect(insetsFor([{ view: 'anterior', seen, size: SIZE }])).toEqual([{ region: neck, view: 'anterior' }]);
  });

  it('adds nothing for marks that crowd outside every region', () => {
    const seen = [mark([-6, 100, -12], 290, 600), mark([-5, 101, -12], 295, 598)];
    expect(insetsFor([{ view: 'posterior', seen, size: SIZE }])).toEqual([]);
  });

  it('takes each region once, from the view where most of its marks crowd', () => {
    const pair = [mark([-8, 150, -5], 290, 160), mark([-6, 148, -5], 300, 170)];
    const three = [...pair, mark([-7, 149, -5], 295, 165)];
    const feet = [mark([5, 3, 8], 320, 980), mark([6, 3, 8], 325, 982)];
    expect(
      insetsFor([
        { view: 'anterior', seen: [...pair, ...feet], size: SIZE },
        { view: 'posterior', seen: three, size: SIZE },
      ]).map((inset) => [inset.region.id, inset.view]),
    ).toEqual([
      ['neck_shoulders', 'posterior'],
      ['feet', 'anterior'],
    ]);
  });

  it('frames an inset from the view’s own side, closer, on the region', () => {
    const framing = insetFraming({ region: neck, view: 'posterior' });
    expect(framing.target).toEqual(neck.target);
    expect(framing.position[2]).toBeLessThan(0);
    expect(Math.hypot(...framing.position.map((value, axis) => value - neck.target[axis]!))).toBeCloseTo(
      neck.distance,
    );
    expect(framing.fov).toBe(CAMERA_PRESETS.posterior.fov);
  });
});
