import { MM_PER_INCH } from '../../../../../shared/domain/printout-page';

/**
 * Snapshots are rendered for 300 dpi at the size they print: photographic print quality, finer
 * than an office printer's halftone resolves, and no less than the pictures had before (a 105 mm
 * view from 1000 pixels was 242 dpi, a 55 mm inset from 600 was 277).
 */
export const SNAPSHOT_DPI = 300;

/** A whole-body view's width for its height: the standing body, with the side labels at its feet. */
export const SNAPSHOT_ASPECT = 0.6;

/**
 * How tall each kind of snapshot prints. The sheets lay the images out at these heights, and the
 * stage renders them for these heights: one number for both, so the two cannot drift apart.
 */
export const PRINTED_HEIGHT_MM = {
  /** The session summary's whole-body views. */
  summary: 105,
  /** The take-home sheet's, a little smaller to leave room for the large type. */
  takeHome: 95,
  /** An enlarged inset: small enough to share the first page with the whole-body views. */
  inset: 55,
  /** A course printout's views: two maps of two views each share the width of the page. */
  courseMap: 62,
} as const;

/** Pixels for a printed length at the snapshots' resolution. */
export function printPixels(mm: number): number {
  return Math.ceil((mm / MM_PER_INCH) * SNAPSHOT_DPI);
}

/** A picture's pixel size, and the whole-body frame it is the middle of (an inset is its middle square). */
export interface SnapshotFrame {
  /** The full picture the camera frames: a whole-body view's proportions. */
  width: number;
  height: number;
  /** The part of it kept: all of it, or the middle square. */
  crop: { x: number; y: number; width: number; height: number };
}

/** A whole-body view printed `heightMm` tall. */
export function wholeFrame(heightMm: number): SnapshotFrame {
  const height = printPixels(heightMm);
  const width = Math.round(height * SNAPSHOT_ASPECT);
  return { width, height, crop: { x: 0, y: 0, width, height } };
}

/** An inset printed `sideMm` square: the middle square of a whole-body frame as wide as it. */
export function insetFrame(sideMm: number): SnapshotFrame {
  const side = printPixels(sideMm);
  const height = Math.round(side / SNAPSHOT_ASPECT);
  return {
    width: side,
    height,
    crop: { x: 0, y: Math.round((height - side) / 2), width: side, height: side },
  };
}
