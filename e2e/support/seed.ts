import type { CallInput, CallOutput } from '../../shared/api/contract';
import type { CallName } from '../../shared/api/names';
import type { RunningHost } from './host';
import { hostCall } from './profile';

/** Makes a contract call through the running host to set up a test's records, failing loudly if refused. */
export async function seed<N extends CallName>(
  host: RunningHost,
  name: N,
  input: CallInput<N>,
): Promise<CallOutput<N>> {
  const result = (await hostCall(host, name, input)) as
    { ok: true; value: CallOutput<N> } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${name} refused the test's setup: ${result.error.message}`);
  return result.value;
}
