import { describe, expect, it } from 'vitest';
import type { SessionPlan } from './records';
import { treatmentFromRun } from './run-note';
import { zoneOn } from './test-fixtures';

const STAMP = '2026-03-02T09:30:00.000Z';
const techniques: SessionPlan['techniques'] = [
  { id: 'sustained-pressure', name: 'Sustained pressure', description: '', retired: false },
  { id: 'cross-hand-release', name: 'Cross-hand release', description: '', retired: false },
];

const zone = (id: string, position: number, body: Parameters<typeof zoneOn>) => ({
  id,
  sessionId: '00000000-0000-4000-8000-000000000001',
  carriedFromId: null,
  position,
  body: zoneOn(...body),
  createdAt: STAMP,
  updatedAt: STAMP,
});

const ZONES = [
  zone('z-glute', 1, ['gluteus_maximus_R', { techniqueId: 'cross-hand-release', holdMinutes: 3 }]),
  zone('z-trap', 0, ['trapezius_upper_L', { pressure: { scale: 'ordinal', value: 'firm' }, holdMinutes: 4 }]),
  zone('z-neck', 2, ['trapezius_upper_R', {}]),
];

describe('treatmentFromRun', () => {
  it('writes each zone worked, in session order, with technique, pressure used, hold (and whether the lock cut it short) and response', () => {
    const text = treatmentFromRun({
      zones: ZONES,
      techniques,
      runs: [
        {
          zoneId: 'z-glute',
          holdSeconds: 185,
          pressureUsed: { scale: 'ordinal', value: 'moderate' },
          response: 'softening',
          interrupted: true,
          recordedAt: STAMP,
        },
        {
          zoneId: 'z-trap',
          holdSeconds: 245,
          pressureUsed: { scale: 'ordinal', value: 'moderate' },
          response: 'released',
          interrupted: false,
          recordedAt: STAMP,
        },
      ],
    });
    expect(text).toBe(
      [
        'Treated, in session order:',
        "1. Upper trapezius (client's left): sustained pressure, moderate pressure (planned firm), held 4 min 05 s (planned 4 min), response: release felt.",
        "2. Gluteus maximus (client's right): cross-hand release, moderate pressure, held 3 min 05 s, interrupted by the lock (planned 3 min), response: softening.",
      ].join('\n'),
    );
  });

  it('says what was not logged at a zone that was worked', () => {
    const text = treatmentFromRun({
      zones: ZONES,
      techniques,
      runs: [
        {
          zoneId: 'z-neck',
          holdSeconds: null,
          pressureUsed: null,
          response: 'tender',
          interrupted: false,
          recordedAt: STAMP,
        },
      ],
    });
    expect(text).toBe(
      [
        'Treated, in session order:',
        "1. Upper trapezius (client's right): sustained pressure, pressure not logged (planned moderate), hold not timed (planned 5 min), response: tender.",
      ].join('\n'),
    );
  });

  it('gives nothing when nothing was run', () => {
    expect(treatmentFromRun({ zones: ZONES, techniques, runs: [] })).toBe('');
  });
});
