import { describe, expect, it } from 'vitest';
import { ATLAS } from '../../anatomy';
import {
  PLAIN_REGIONS,
  PLAIN_TECHNIQUE_FALLBACK,
  PLAIN_TECHNIQUES,
  plainPlace,
  plainTechnique,
  TAKE_HOME_ADVICE,
} from './plain-words';
import { SEEDED_TECHNIQUES } from './techniques';

/** Two capitals in a row (TP, MFR, IASTM), or one of the shortened words notes are written in. */
const ABBREVIATION = /\b[A-Z]{2,}\b|\b(?:e\.g|i\.e|etc|approx|mins?|secs?|hrs?|wks?|reps?)\b/;
/** Words a therapist uses and a client may not know. */
const JARGON = [
  'fascia',
  'myofascial',
  'trigger',
  'adhesion',
  'release',
  'superior',
  'inferior',
  'medial',
  'lateral',
  'anterior',
  'posterior',
  'bilateral',
  'palpat',
  'client',
  'tolerance',
];

function expectPlain(text: string) {
  expect(text, text).not.toMatch(ABBREVIATION);
  for (const word of JARGON) expect(text.toLowerCase(), text).not.toContain(word);
}

describe('plain words for the take-home sheet', () => {
  it('gives every built-in technique a plain name of its own', () => {
    for (const technique of SEEDED_TECHNIQUES) {
      expect(plainTechnique(technique.id), technique.id).toBe(PLAIN_TECHNIQUES[technique.id]);
      expect(PLAIN_TECHNIQUES[technique.id]).not.toBe(PLAIN_TECHNIQUE_FALLBACK);
    }
    expect(new Set(Object.values(PLAIN_TECHNIQUES)).size).toBe(SEEDED_TECHNIQUES.length);
  });

  it('says what a technique the clinic named itself has in common with the rest, never its name', () => {
    expect(plainTechnique('clinic-tp-release')).toBe(PLAIN_TECHNIQUE_FALLBACK);
  });

  it('names a zone’s place by the client’s side and an everyday word for the region', () => {
    expect(plainPlace(['trapezius_upper_L'])).toBe('your left shoulder');
    expect(plainPlace(['gluteus_maximus_R'])).toBe('your right hip and buttock');
    expect(plainPlace(['no_such_structure', 'quadratus_lumborum_L'])).toBe('your left lower back');
    expect(plainPlace([])).toBe('your body');
  });

  it('has no abbreviation or clinical term in any plain text', () => {
    // The pattern itself catches what it is meant to.
    expect('TP release').toMatch(ABBREVIATION);
    expect('about 3 min. each').toMatch(ABBREVIATION);
    for (const text of [
      ...Object.values(PLAIN_TECHNIQUES),
      PLAIN_TECHNIQUE_FALLBACK,
      ...Object.values(PLAIN_REGIONS),
      ...Object.values(TAKE_HOME_ADVICE),
      ...ATLAS.structures.map((structure) => plainPlace([structure.id])),
    ]) {
      expectPlain(text);
    }
  });
});
