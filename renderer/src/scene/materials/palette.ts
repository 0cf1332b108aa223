import type { Layer } from '../../../../shared/anatomy';

/**
 * One colour per layer, used everywhere the layer appears (viewer, legends, printed snapshots),
 * chosen to read on an ordinary monitor and in greyscale print: deep muscle darker than superficial,
 * the skin a cool translucent white, the deep fascia a pearly blue-grey sheet (never the
 * tendon's silvery white), bone ivory.
 */
export const LAYER_COLORS: Record<Layer, string> = {
  superficial_fascia: '#f7fbff',
  deep_fascia: '#a9bcd8',
  superficial_muscle: '#b8453b',
  deep_muscle: '#8f3530',
  skeleton: '#e6dabd',
};

/** Tendon and aponeurosis: a cool silvery white, so they never read as bone (warm ivory). */
export const TENDON_COLOR = '#e6ebee';
export const HOVER_COLOR = '#f2c14e';
export const SELECT_COLOR = '#2f80ed';
export const HIGHLIGHT_COLOR = '#27ae60';
export const BACKGROUND_COLOR = '#dde3e8';
