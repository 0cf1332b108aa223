import type { MarkKind } from '../../../../../shared/domain/printout';

export type MarkShape = 'disc' | 'ring' | 'diamond' | 'triangle' | 'square';

export interface MarkStyle {
  label: string;
  colour: string;
  shape: MarkShape;
}

/**
 * How each kind of mark is drawn on the snapshots and in their legend: a distinct shape as well as
 * a distinct colour, so the printout reads in greyscale and for colour-blind readers. Colours are
 * strong on purpose (UX.md: strong colours are for findings), and far from the muscle red.
 */
export const MARK_STYLES: Record<MarkKind, MarkStyle> = {
  trigger_point_active: { label: 'Trigger point, active', colour: '#d62728', shape: 'disc' },
  trigger_point_latent: { label: 'Trigger point, latent', colour: '#d62728', shape: 'ring' },
  adhesion: { label: 'Adhesion / restriction', colour: '#1f5fbf', shape: 'diamond' },
  tender_point: { label: 'Tender point, painful', colour: '#7b3fa0', shape: 'triangle' },
  zone: { label: 'Treatment zone (number = order)', colour: '#0b6565', shape: 'square' },
};

/** Painted pain areas are a translucent wash, not a mark. */
export const PAIN_AREA_STYLE = { label: 'Pain area', colour: '#f2a900', opacity: 0.45 } as const;
