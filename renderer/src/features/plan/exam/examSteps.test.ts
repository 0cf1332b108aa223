import { describe, expect, it } from 'vitest';
import type { FindingBody } from '../../../../../shared/domain/plan/findings';
import { TENDER_POINT_EXAM_ORDER } from '../../../../../shared/domain/plan/tender-points';
import {
  EXAM_SITE_COUNT,
  examKeyAction,
  nextStep,
  openingStep,
  previousStep,
  progressLabel,
  resultOfReading,
  siteAtStep,
} from './examSteps';

const result = (siteId: string, painful = true): FindingBody => ({
  kind: 'tender_point',
  siteId,
  painful,
  algometerKgCm2: null,
  note: '',
});

describe('the tender-point exam’s steps', () => {
  it('visits the 18 sites in exam order, one step each, then stops after the last', () => {
    const visited: string[] = [];
    let step = openingStep([]);
    while (siteAtStep(step) !== null) {
      visited.push(siteAtStep(step)!);
      step = nextStep(step);
    }
    expect(visited).toEqual(TENDER_POINT_EXAM_ORDER);
    expect(visited).toHaveLength(18);
    expect(step).toBe(EXAM_SITE_COUNT);
    expect(nextStep(step)).toBe(EXAM_SITE_COUNT);
    expect(progressLabel(6)).toBe('Site 7 of 18');
    expect(progressLabel(step)).toBe('All 18 sites examined');
  });

  it('goes back one site at a time, no further than the first, and back from the end to the last site', () => {
    expect(siteAtStep(previousStep(EXAM_SITE_COUNT))).toBe('tp_knee_R');
    expect(siteAtStep(previousStep(4))).toBe('tp_low_cervical_R');
    expect(previousStep(0)).toBe(0);
  });

  it('opens at the first site this session has no result for, or at the first site when all have one', () => {
    expect(siteAtStep(openingStep([result('tp_occiput_L'), result('tp_low_cervical_L', false)]))).toBe(
      'tp_occiput_R',
    );
    expect(openingStep(TENDER_POINT_EXAM_ORDER.map((siteId) => result(siteId)))).toBe(0);
  });
});

describe('an algometer reading typed in the exam', () => {
  it('is painful when the pain began below 4 kg/cm², as the plan checks readings', () => {
    expect(resultOfReading('3.2', 'kgf')).toEqual({ painful: true, algometerKgCm2: 3.2 });
    expect(resultOfReading('4', 'kgf')).toEqual({ painful: false, algometerKgCm2: 4 });
    expect(resultOfReading('5.5', 'kgf')).toEqual({ painful: false, algometerKgCm2: 5.5 });
  });

  it('is read in the clinic’s unit and stored in kg/cm²', () => {
    expect(resultOfReading('30', 'N')).toEqual({ painful: true, algometerKgCm2: 3.06 });
    expect(resultOfReading('9.5', 'lbf')).toEqual({ painful: false, algometerKgCm2: 4.31 });
  });

  it('is refused, with the reason, when empty or outside what an algometer reads', () => {
    expect(resultOfReading(' ', 'kgf')).toEqual({ problem: 'Type the algometer reading' });
    expect(resultOfReading('40', 'kgf')).toEqual({ problem: 'A reading is between 0.1 and 15 kg/cm²' });
    expect(resultOfReading('2000', 'kPa')).toEqual({ problem: 'A reading is between 10 and 1471 kPa' });
  });
});

describe('the exam’s keys', () => {
  it('answers with P and N, goes back with B and finishes with Escape, in either case', () => {
    expect(['p', 'N', 'b', 'Escape', 'x'].map(examKeyAction)).toEqual([
      'painful',
      'not_painful',
      'back',
      'finish',
      null,
    ]);
  });
});
