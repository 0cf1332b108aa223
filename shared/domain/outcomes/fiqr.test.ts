import { describe, expect, it } from 'vitest';
import { FIQR_BANDS, FIQR_ITEMS, scoreFiqr, type FiqrAnswers } from './fiqr';
import { bandOf } from './bands';

// A client's answers, worked by hand below. Function 2,3,4,5,6,3,4,2,1 (sum 30); overall 5,6 (11);
// symptoms 7,6,5,8,4,3,5,7,2,6 (sum 53).
const FUNCTION = [2, 3, 4, 5, 6, 3, 4, 2, 1];
const OVERALL = [5, 6];
const SYMPTOMS = [7, 6, 5, 8, 4, 3, 5, 7, 2, 6];
const ALL: FiqrAnswers = [...FUNCTION, ...OVERALL, ...SYMPTOMS];

/** The answers with the given items (numbered 1-21 as on the form) left blank. */
function withBlank(...itemNumbers: number[]): (number | null)[] {
  return ALL.map((answer, index) => (itemNumbers.includes(index + 1) ? null : answer));
}

function total(answers: FiqrAnswers): number {
  const score = scoreFiqr(answers);
  if (!score.complete) throw new Error('expected a complete FIQR');
  return score.total;
}

describe('FIQR items', () => {
  it('has the 21 items in published order: 9 function, 2 overall, 10 symptoms', () => {
    expect(FIQR_ITEMS.map((item) => item.number)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    const count = (domain: string) => FIQR_ITEMS.filter((item) => item.domain === domain).length;
    expect([count('function'), count('overall'), count('symptoms')]).toEqual([9, 2, 10]);
  });
});

describe('scoreFiqr', () => {
  it('scores all 21 items: 30/3 + 11 + 53/2 = 10 + 11 + 26.5 = 47.5, moderate', () => {
    const score = scoreFiqr(ALL);
    expect(score).toMatchObject({
      complete: true,
      domains: {
        function: { answered: 9, score: 10 },
        overall: { answered: 2, score: 11 },
        symptoms: { answered: 10, score: 26.5 },
      },
      total: 47.5,
      band: { id: 'moderate' },
    });
  });

  it('scales a function domain with item 9 blank: 29 x 9/8 / 3 = 10.875, total 48.375 shown as 48.4', () => {
    const score = scoreFiqr(withBlank(9));
    expect(score.domains.function).toEqual({ answered: 8, score: 10.875 });
    expect(total(withBlank(9))).toBe(48.4);
  });

  it('scales an overall domain with item 10 blank: 6 x 2/1 = 12, total 48.5', () => {
    expect(scoreFiqr(withBlank(10)).domains.overall).toEqual({ answered: 1, score: 12 });
    expect(total(withBlank(10))).toBe(48.5);
  });

  it('scales a symptoms domain with items 15 and 20 blank: 43 x 10/8 / 2 = 26.875, total 47.875 shown as 47.9', () => {
    expect(scoreFiqr(withBlank(15, 20)).domains.symptoms).toEqual({ answered: 8, score: 26.875 });
    expect(total(withBlank(15, 20))).toBe(47.9);
  });

  it('scales each domain on its own when every domain has blanks', () => {
    // Function 1-7 answered: 27 x 9/7 / 3 = 11.571...; overall 5 x 2 = 10; symptoms 1-9: 47 x 10/9 / 2 = 26.111...
    // The sum, 47.682..., is rounded once to the one decimal shown.
    expect(total(withBlank(8, 9, 11, 21))).toBe(47.7);
  });

  // Function 3,3,3,3,3,3,3,3,2 (26/3 = 8.667); overall 6,6 (12); symptoms with item 21 blank,
  // 1,1,1,1,1,1,0,0,0 (6 x 10/9 / 2 = 3.333): exactly 24, which binary arithmetic makes 23.999999999999996.
  const ADDS_TO_24 = [3, 3, 3, 3, 3, 3, 3, 3, 2, 6, 6, 1, 1, 1, 1, 1, 1, 0, 0, 0, null];
  it('scores a FIQR adding up to exactly 24 with one item blank as 24, mild', () => {
    expect(scoreFiqr(ADDS_TO_24)).toMatchObject({ total: 24, band: { id: 'mild' } });
  });

  it('scores a FIQR adding up to exactly 41 with one item blank as 41, moderate', () => {
    // Function sum 49 (16.333), overall 18, symptoms 9 answered summing 12 (6.667): 40.99999999999999 unrounded.
    const answers = [6, 6, 6, 6, 6, 6, 6, 6, 1, 9, 9, 2, 2, 2, 2, 1, 1, 1, 1, 0, null];
    expect(scoreFiqr(answers)).toMatchObject({ total: 41, band: { id: 'moderate' } });
  });

  it('keeps a half point below a band edge in the lower band: 40.5 is mild', () => {
    // Function 9 x 3 = 27 (9); overall 8 + 8 = 16; symptoms 31 / 2 = 15.5.
    const answers = [3, 3, 3, 3, 3, 3, 3, 3, 3, 8, 8, 4, 4, 4, 4, 3, 3, 3, 3, 3, 0];
    expect(scoreFiqr(answers)).toMatchObject({ total: 40.5, band: { id: 'mild' } });
  });

  it('runs from 0 (all zeros, remission) to 100 (all tens, very severe)', () => {
    expect(scoreFiqr(Array(21).fill(0))).toMatchObject({ total: 0, band: { id: 'remission' } });
    expect(scoreFiqr(Array(21).fill(10))).toMatchObject({ total: 100, band: { id: 'very_severe' } });
  });

  it('gives no total when a whole domain is blank, and says which', () => {
    const score = scoreFiqr(withBlank(10, 11));
    expect(score).toMatchObject({ complete: false, unanswered: ['overall'] });
    expect(score.domains.overall).toEqual({ answered: 0, score: null });
    expect(score.domains.function.score).toBe(10);
    expect(scoreFiqr(Array(21).fill(null))).toMatchObject({
      complete: false,
      unanswered: ['function', 'overall', 'symptoms'],
    });
  });

  it('refuses a list that is not 21 answers long', () => {
    expect(() => scoreFiqr([1, 2, 3])).toThrow(/21 items/);
  });
});

describe('FIQR bands', () => {
  it.each([
    [0, 'remission'],
    [23, 'remission'],
    [23.9, 'remission'],
    [24, 'mild'],
    [40, 'mild'],
    [40.9, 'mild'],
    [41, 'moderate'],
    [63, 'moderate'],
    [64, 'severe'],
    [82, 'severe'],
    [83, 'very_severe'],
    [100, 'very_severe'],
  ])('reads %s as %s', (value, band) => {
    expect(bandOf(value, FIQR_BANDS).id).toBe(band);
  });
});
