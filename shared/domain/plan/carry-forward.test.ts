import { describe, expect, it } from 'vitest';
import { carriesForward, carryStatuses } from './carry-forward';
import { spot } from './test-fixtures';

describe('carry-forward', () => {
  it('marks carried items persisting, others new, and what was dropped resolved', () => {
    const previous = [
      { id: 'a', carriedFromId: null },
      { id: 'b', carriedFromId: null },
    ];
    const current = [
      { id: 'a2', carriedFromId: 'a' },
      { id: 'c', carriedFromId: null },
    ];
    const { current: statuses, resolved } = carryStatuses(previous, current);
    expect(Object.fromEntries(statuses)).toEqual({ a2: 'persisting', c: 'new' });
    expect(resolved.map((item) => item.id)).toEqual(['b']);
  });

  it('treats everything as new when there was no earlier session', () => {
    const { current, resolved } = carryStatuses([], [{ id: 'x', carriedFromId: null }]);
    expect(current.get('x')).toBe('new');
    expect(resolved).toEqual([]);
  });

  it('repeats the tender-point exam rather than carrying its results', () => {
    expect(
      carriesForward({
        kind: 'tender_point',
        siteId: 'tp_knee_L',
        painful: true,
        algometerKgCm2: null,
        note: '',
      }),
    ).toBe(false);
    expect(
      carriesForward({
        kind: 'pain_area',
        region: spot([0, 100, 0]),
        footprint: [],
        intensity: 4,
        quality: 'aching',
        note: '',
      }),
    ).toBe(true);
  });
});
