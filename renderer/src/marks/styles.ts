import type { MarkKind } from '../../../shared/domain/printout';

export type MarkShape = 'disc' | 'ring' | 'diamond' | 'triangle' | 'square';

export interface MarkStyle {
  label: string;
  colour: string;
  shape: MarkShape;
}

/**
 * How each kind of mark is drawn on the model, on the printed snapshots and in their legends: a
 * distinct shape as well as a distinct colour, so they read in greyscale and for colour-blind
 * readers. Colours are strong on purpose (UX.md: strong colours are for findings), and far from
 * the muscle red.
 */
export const MARK_STYLES: Record<MarkKind, MarkStyle> = {
  trigger_point_active: { label: 'Trigger point, active', colour: '#d62728', shape: 'disc' },
  trigger_point_latent: { label: 'Trigger point, latent', colour: '#d62728', shape: 'ring' },
  adhesion: { label: 'Adhesion / restriction', colour: '#1f5fbf', shape: 'diamond' },
  tender_point: { label: 'Tender point, painful', colour: '#7b3fa0', shape: 'triangle' },
  zone: { label: 'Treatment zone (number = order)', colour: '#0b6565', shape: 'square' },
};

/** Painted pain areas on the printed snapshots are a translucent wash, not a mark. */
export const PAIN_AREA_STYLE = { label: 'Pain area', colour: '#f2a900', opacity: 0.45 } as const;

/** The atlas's fixed endangerment sites: no deep sustained pressure there, whatever the plan. */
export const ENDANGERMENT_STYLE: MarkStyle = {
  label: 'Endangerment site: no deep pressure',
  colour: '#1a1a1a',
  shape: 'disc',
};
/** Drawn on the endangerment disc, so it differs from a trigger point by more than colour. */
export const ENDANGERMENT_GLYPH = '×';

export const FLAG_STYLE: MarkStyle = {
  label: 'Flag: check before starting',
  colour: '#b42318',
  shape: 'triangle',
};
/** Drawn on the flag's triangle. */
export const FLAG_GLYPH = '!';

/** Areas painted on the model are washes; the caution wash is striped so it differs by pattern too. */
export interface WashStyle {
  label: string;
  colour: string;
  opacity: number;
  striped: boolean;
}

export const WASH_STYLES = {
  pain_area: { label: PAIN_AREA_STYLE.label, colour: PAIN_AREA_STYLE.colour, opacity: 0.55, striped: false },
  caution: { label: 'Caution / no-touch zone (striped)', colour: '#1a1a1a', opacity: 0.6, striped: true },
  zone: { label: 'Painted treatment zone', colour: MARK_STYLES.zone.colour, opacity: 0.4, striped: false },
  referral: {
    label: 'Trigger point referral (dotted)',
    colour: MARK_STYLES.trigger_point_active.colour,
    opacity: 0.35,
    striped: true,
  },
} satisfies Record<string, WashStyle>;

/** Last session's findings, shown while comparing: dark stripes over this session's. */
export const PREVIOUS_SESSION_WASH: WashStyle = {
  label: 'Last session’s findings, when comparing (dark stripes)',
  colour: '#1f2933',
  opacity: 0.75,
  striped: true,
};
