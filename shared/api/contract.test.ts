import { describe, expect, it } from 'vitest';
import { contract } from './contract';
import { CALL_NAMES, isCallName } from './names';
import { buildApiSurface } from './surface';

describe('the contract', () => {
  it('declares exactly the calls the preload exposes', () => {
    expect(Object.keys(contract).sort()).toEqual([...CALL_NAMES].sort());
  });

  it('names every call as namespace.method', () => {
    for (const name of CALL_NAMES) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });

  it('takes one argument object for every call', () => {
    for (const name of CALL_NAMES) {
      expect(contract[name].input.safeParse('not an object').success, name).toBe(false);
    }
  });

  it('recognises only declared names', () => {
    expect(isCallName('clients.create')).toBe(true);
    expect(isCallName('clients.drop')).toBe(false);
    expect(isCallName(undefined)).toBe(false);
  });
});

describe('buildApiSurface', () => {
  it('exposes one named function per call that forwards its name and input', async () => {
    const seen: unknown[] = [];
    const surface = buildApiSurface(async (name, input) => {
      seen.push([name, input]);
      return { ok: true, value: null };
    });
    await surface.clients.list({ search: 'ada' });
    expect(seen).toEqual([['clients.list', { search: 'ada' }]]);
    expect(Object.keys(surface).sort()).toEqual(
      [...new Set(CALL_NAMES.map((name) => name.split('.')[0]))].sort(),
    );
  });
});
