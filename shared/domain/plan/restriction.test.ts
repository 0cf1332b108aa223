import { describe, expect, it } from 'vitest';
import type { ModelPoint } from './region';
import {
  directionMovedTo,
  directionsAt,
  nearestDirection,
  restrictionInWords,
  startingDirection,
  tangentDirection,
  tangentOf,
} from './restriction';

const onBack: ModelPoint = [0, 0, -1];
const leftBack: ModelPoint = [10, 120, -10];
const rightBack: ModelPoint = [-10, 120, -10];
/** The top of the left shoulder, facing up. */
const shoulderTop: [ModelPoint, ModelPoint] = [
  [18, 145, 0],
  [0, 1, 0],
];

describe('restriction directions', () => {
  it('turns named directions into tangents on the client’s side of the body', () => {
    expect(tangentDirection('lateral', leftBack, onBack)).toEqual([1, 0, 0]);
    expect(tangentDirection('lateral', rightBack, onBack)).toEqual([-1, 0, 0]);
    expect(tangentDirection('medial', leftBack, onBack)).toEqual([-1, 0, 0]);
    expect(tangentDirection('posterior', leftBack, onBack)).toBeNull();
    expect(nearestDirection([0, 1, 0], leftBack, onBack)).toBe('superior');
    expect(nearestDirection([-1, 0, 0], rightBack, onBack)).toBe('lateral');
  });

  it('offers only the directions that lie along the surface', () => {
    expect(directionsAt(leftBack, onBack).map((entry) => entry.id)).toEqual([
      'superior',
      'inferior',
      'medial',
      'lateral',
    ]);
  });

  it('says the direction in words for a printout', () => {
    expect(restrictionInWords([0, 1, 0], leftBack, onBack)).toBe('restricted superiorly');
    expect(restrictionInWords([0.1, -0.99, 0], leftBack, onBack)).toBe('restricted inferiorly');
    expect(restrictionInWords([-1, 0, 0], leftBack, onBack)).toBe('restricted medially');
  });

  it('starts a new restriction superior, or lateral where superior runs into the surface', () => {
    expect(startingDirection(leftBack, onBack)).toEqual([0, 1, 0]);
    expect(startingDirection(...shoulderTop)).toEqual([1, 0, 0]);
  });

  it('keeps a moved restriction’s direction, laid onto the surface at its new place', () => {
    expect(directionMovedTo([0, -1, 0], leftBack, onBack)).toEqual([0, -1, 0]);
    expect(directionMovedTo([0, -1, 0], ...shoulderTop)).toEqual([1, 0, 0]);
  });
});

describe('tangentOf', () => {
  it('lays a direction flat on the surface, keeping its sense', () => {
    expect(tangentOf([0, 1, 0.5], onBack)).toEqual([0, 1, 0]);
  });

  it('names no direction for one that points into the surface', () => {
    expect(tangentOf([0, 0.1, -1], onBack)).toBeNull();
  });
});
