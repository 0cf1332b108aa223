import type { ApiResult } from './errors';
import { CALL_NAMES, type CallName } from './names';
import type { CallInput, CallOutput } from './contract';

type Namespace<N extends string> = N extends `${infer NS}.${string}` ? NS : never;
type MethodOf<N extends string, NS extends string> = N extends `${NS}.${infer M}` ? M : never;

/** `window.api`: one object per namespace, one named function per call, nothing generic. */
export type ApiSurface = {
  [NS in Namespace<CallName>]: {
    [M in MethodOf<CallName, NS>]: `${NS}.${M}` extends infer N extends CallName
      ? (input: CallInput<N>) => Promise<ApiResult<CallOutput<N>>>
      : never;
  };
};

export type Invoke = (name: CallName, input: unknown) => Promise<ApiResult<unknown>>;

/**
 * Builds the named-function surface over a transport (IPC in Electron, HTTP in the browser host).
 * Each function takes exactly one argument object, as the contract declares.
 */
export function buildApiSurface(invoke: Invoke): ApiSurface {
  const surface: Record<string, Record<string, (input: unknown) => Promise<ApiResult<unknown>>>> = {};
  for (const name of CALL_NAMES) {
    const [namespace, method] = name.split('.') as [string, string];
    surface[namespace] ??= {};
    surface[namespace][method] = (input: unknown) => invoke(name, input);
  }
  return surface as unknown as ApiSurface;
}
