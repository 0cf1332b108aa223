import { afterEach, describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../../shared/api/names';
import { openTestClinic, type TestClinic } from '../../test-support/temp-db';
import type { ServicePorts } from './ports';

const namespaces = [...new Set(CALL_NAMES.map((name) => name.split('.')[0]!))].map((namespace) => ({
  namespace,
}));

/** The service beside the contract: `shared/api/plan.ts` is served by `services/plan.ts`, and nothing else serves it. */
describe('one service file per namespace', () => {
  let clinic: TestClinic | undefined;
  afterEach(() => clinic?.close());

  it.each(namespaces)('serves every $namespace call from services/$namespace.ts', async ({ namespace }) => {
    clinic = openTestClinic();
    const file = (await import(/* @vite-ignore */ `./${namespace}.ts`)) as Record<
      string,
      (ports: ServicePorts) => object
    >;
    const handlers = file[`${namespace}Handlers`];
    expect(handlers, `services/${namespace}.ts exports ${namespace}Handlers`).toBeTypeOf('function');
    const served = Object.keys(handlers!(clinic.ports)).sort();
    expect(served).toEqual(CALL_NAMES.filter((name) => name.startsWith(`${namespace}.`)).sort());
  });
});
