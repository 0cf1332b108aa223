import type { MarkKind } from '../../../shared/domain/printout';

export type MarkShape = 'disc' | 'ring' | 'diamond' | 'triangle' | 'square';

export interface MarkStyle {
  label: string;
  colour: string;
  shape: MarkShape;
  /** Last session's look while comparing: outline only, muted (see `lastSessionStyle`). */
  lastSession?: true;
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

/** How far last session's colours move toward grey, and how much of their strength they keep. */
const LAST_SESSION_GREY = 0.4;
export const LAST_SESSION_OPACITY = 0.85;
/** Last session's dashed outline: dash and gap as shares of the symbol's size. */
export const LAST_SESSION_DASH = [0.22, 0.14] as const;

/** A colour moved toward its own grey (same lightness), so it still says its kind but reads as "then". */
export function mutedColour(colour: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(colour.slice(at, at + 2), 16)) as [number, number, number];
  const grey = 0.3 * r + 0.59 * g + 0.11 * b;
  const hex = (channel: number) =>
    Math.round(channel + (grey - channel) * LAST_SESSION_GREY)
      .toString(16)
      .padStart(2, '0');
  return `#${hex(r)}${hex(g)}${hex(b)}`;
}

/**
 * Last session's mark while comparing: the same shape, so a persisting finding is found beside
 * today's, but hollow and muted, so the two sessions tell apart at a glance (and in greyscale).
 */
export function lastSessionStyle(style: MarkStyle): MarkStyle {
  return { ...style, colour: mutedColour(style.colour), lastSession: true };
}

/** Last session's painted areas while comparing: their kind's colour muted, hatched, faint. */
export function lastSessionWash(style: WashStyle): WashStyle {
  return { ...style, colour: mutedColour(style.colour), opacity: style.opacity * 0.6, striped: true };
}

/** The legend's entry for last session's marks and areas, with that session's date. */
export function lastSessionLegendStyle(date: string): MarkStyle {
  return lastSessionStyle({
    label: `Last session, ${date}: hollow, muted marks; hatched areas`,
    colour: '#5b6470',
    shape: 'disc',
  });
}
