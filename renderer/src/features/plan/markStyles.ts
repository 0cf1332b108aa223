import { MARK_STYLES, PAIN_AREA_STYLE, type MarkStyle } from '../printouts/snapshots/mark-styles';

/**
 * The plan draws findings with the printout's symbols (a shape as well as a colour each, so
 * they read in greyscale and for colour-blind users), plus what only the plan shows: caution
 * zones, painted treatment zones, referral zones and flags.
 */
export const POINT_STYLES = {
  trigger_point_active: MARK_STYLES.trigger_point_active,
  trigger_point_latent: MARK_STYLES.trigger_point_latent,
  adhesion: MARK_STYLES.adhesion,
  tender_point: MARK_STYLES.tender_point,
  zone: MARK_STYLES.zone,
} satisfies Record<string, MarkStyle>;

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

/** Painted areas are washes; the caution wash is striped so it differs by pattern too. */
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
