import { structureById, type Region } from '../../anatomy';
import type { SEEDED_TECHNIQUES } from './techniques';

/**
 * The client's words for what the therapist did and where: the take-home sheet is read at home,
 * by someone who has never heard "myofascial" or "TP release". No abbreviations, no clinical terms.
 */
type SeededTechniqueId = (typeof SEEDED_TECHNIQUES)[number]['id'];

/** Each built-in technique as a client would describe it, by the technique's fixed id. */
export const PLAIN_TECHNIQUES: Record<SeededTechniqueId, string> = {
  'cross-hand-release': 'a slow stretch of the tight tissue under crossed hands',
  'sustained-pressure': 'pressing on a tight knot until it lets go',
  'skin-rolling': 'lifting and rolling the skin to loosen it',
  'arm-pull': 'a slow, gentle pull along your arm',
  'leg-pull': 'a slow, gentle pull along your leg',
  'transverse-plane-release': 'a still hold with one hand above your body and one below',
  'instrument-assisted': 'smooth strokes with a hand-held tool',
  cupping: 'small cups that gently lift the skin',
  'transverse-sliding': 'slow strokes across the muscle',
  'cranial-hold': 'a light, still hold of your head',
};

/**
 * A technique the clinic added itself carries a name only the clinic chose (often its own
 * shorthand), so the sheet says what all the techniques have in common instead.
 */
export const PLAIN_TECHNIQUE_FALLBACK = 'gentle hands-on work to loosen tight tissue';

export function plainTechnique(techniqueId: string): string {
  return (PLAIN_TECHNIQUES as Record<string, string>)[techniqueId] ?? PLAIN_TECHNIQUE_FALLBACK;
}

/** The atlas's regions in everyday words. */
export const PLAIN_REGIONS: Record<Region, string> = {
  head: 'head and face',
  neck: 'neck',
  shoulder: 'shoulder',
  upper_back: 'upper back',
  lower_back: 'lower back',
  chest: 'chest',
  abdomen: 'belly',
  upper_arm: 'upper arm',
  forearm: 'forearm',
  hand: 'hand',
  pelvis: 'hip and buttock',
  thigh: 'thigh',
  leg: 'lower leg',
  foot: 'foot',
  whole_body: 'whole body',
};

const SIDE_WORDS = { left: 'left ', right: 'right ', midline: '' } as const;

/**
 * Where a zone was, as the client says it: "your left shoulder" for the first structure it covers
 * (a painted zone's first structure painted over); "your body" when the atlas does not know it.
 */
export function plainPlace(structureIds: readonly string[]): string {
  const structure = structureIds.map(structureById).find(Boolean);
  if (!structure) return 'your body';
  return `your ${SIDE_WORDS[structure.side]}${PLAIN_REGIONS[structure.region]}`;
}

/** What the client reads after the therapist's own home care, every session. */
export const TAKE_HOME_ADVICE = {
  /** When the therapist wrote no home care of their own. */
  noHomeCare: 'Carry on with your day as usual, and keep gently moving.',
  soreness:
    'You may feel a little sore or tired for a day or two, a bit like after exercise. That is ' +
    'common and it passes. Gentle movement, warmth, water and rest help.',
  whenToCall:
    'Please call the clinic if your pain is much worse than usual, if the soreness lasts longer ' +
    'than two days, or if you notice a rash, swelling, bruising or numbness where we worked.',
} as const;
