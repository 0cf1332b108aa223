import type { CallInput, CallOutput } from '../../shared/api/contract';
import { isApiResult, type ApiError, type ApiErrorCode, type ApiResult } from '../../shared/api/errors';
import type { CallName } from '../../shared/api/names';

/** A contract call the host refused, named with the host's error code. */
export class HostCallRefused extends Error {
  readonly code: ApiErrorCode;
  readonly error: ApiError;

  constructor(name: CallName, error: ApiError) {
    super(`${name} was refused by the browser host: ${error.code} ${error.message}`);
    this.name = 'HostCallRefused';
    this.code = error.code;
    this.error = error;
  }
}

/** The end-to-end tests' and benchmarks' one way into a running browser host, typed by the contract. */
export interface HostClient {
  /** The call's value; throws `HostCallRefused` when the host answers with an error. */
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
  /** The host's whole answer, for tests about refusals. */
  result<N extends CallName>(name: N, input: CallInput<N>): Promise<ApiResult<CallOutput<N>>>;
}

/**
 * Calls the host's contract endpoint as the page's bridge does (renderer/src/api/browser-bridge.ts):
 * POST /api/call with the launch token from the host's address as the bearer.
 */
export function hostClient(host: { url: string }): HostClient {
  const address = new URL(host.url);
  const endpoint = new URL('/api/call', address.origin);
  const token = address.searchParams.get('token') ?? '';

  async function result<N extends CallName>(name: N, input: CallInput<N>): Promise<ApiResult<CallOutput<N>>> {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ name, input }),
    });
    const body: unknown = await response.json().catch(() => undefined);
    if (!isApiResult(body)) throw new Error(`${name}: the browser host answered ${response.status}`);
    // The host parsed the value with the call's output schema before sending it.
    return body as ApiResult<CallOutput<N>>;
  }

  return {
    result,
    async call(name, input) {
      const answer = await result(name, input);
      if (!answer.ok) throw new HostCallRefused(name, answer.error);
      return answer.value;
    },
  };
}
