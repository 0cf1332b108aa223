import { describe, expect, it } from 'vitest';
import { CALL_NAMES } from './names';

const namespaces = [...new Set(CALL_NAMES.map((name) => name.split('.')[0]!))].map((namespace) => ({
  namespace,
}));

/**
 * A reader looking for `plan.get` opens `shared/api/plan.ts`: each namespace's calls are declared,
 * all of them and only them, in the contract file of the same name, as `<namespace>Calls`.
 */
describe('one contract file per namespace', () => {
  it.each(namespaces)('declares every $namespace call in shared/api/$namespace.ts', async ({ namespace }) => {
    const file = (await import(/* @vite-ignore */ `./${namespace}.ts`)) as Record<
      string,
      Record<string, unknown>
    >;
    const declared = Object.keys(file[`${namespace}Calls`] ?? {}).sort();
    expect(declared).toEqual(CALL_NAMES.filter((name) => name.startsWith(`${namespace}.`)).sort());
  });
});
