import { describe, expect, it } from 'vitest';
import { LARGE_CLINIC } from './clinic';
import { growthTable, scaledClinic } from './growth';

describe('the growth table', () => {
  it('scales the clients and rows but keeps the busy and marked sessions as they are', () => {
    expect(scaledClinic(3)).toEqual({ ...LARGE_CLINIC, clients: 6_000, mapRows: 3_000_000 });
    expect(scaledClinic(0.1)).toMatchObject({ clients: 200, mapRows: 100_000, busySessionRows: 200 });
  });

  it('puts each figure at every size beside its growth from the smallest clinic to the largest', () => {
    const table = growthTable([{ name: 'open_chart_ms', unit: 'ms', values: [2, 2.5, 3] }]);
    expect(table.split('\n')).toEqual([
      '| figure | 0.1× (200 clients) | 1× (2000 clients) | 3× (6000 clients) | largest / smallest |',
      '| --- | --- | --- | --- | --- |',
      '| open_chart_ms | 2.00 ms | 2.50 ms | 3.00 ms | 1.50× |',
    ]);
  });
});
