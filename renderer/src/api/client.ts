import type { CallInput, CallOutput } from '../../../shared/api/contract';
import type { ApiError, ApiResult } from '../../../shared/api/errors';
import type { CallName } from '../../../shared/api/names';
import type { ApiSurface } from '../../../shared/api/surface';

declare global {
  interface Window {
    /** Provided by the preload in Electron, or by the browser bridge in the browser host. */
    api?: ApiSurface;
  }
}

/** A failed call, carrying the contract's error so screens can show field messages. */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly details: ApiError['details'];

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.details = error.details;
  }
}

function surface(): ApiSurface {
  if (!window.api) throw new Error('FasciaMap is not connected to its data (no window.api)');
  return window.api;
}

const accessListeners = new Set<() => void>();
const diskListeners = new Set<(problem: string) => void>();
const successListeners = new Set<(name: CallName) => void>();

/** Calls whose success changes what the lock screen and the idle timer go by. */
const CHANGES_ACCESS: readonly CallName[] = ['access.setIdleLock'];

/**
 * Told whenever main refuses a call because the app is locked (main's idle lock, a restart of the
 * host), so the lock screen can take over from whatever screen made the call, and whenever the idle
 * time changes, so the window's own timer follows at once.
 */
export function onAccessChange(listener: () => void): () => void {
  accessListeners.add(listener);
  return () => accessListeners.delete(listener);
}

/** Told main's message whenever it could not save because the disk is full or the folder read-only. */
export function onDiskProblem(listener: (problem: string) => void): () => void {
  diskListeners.add(listener);
  return () => diskListeners.delete(listener);
}

/** Told the name of every call main answered without an error, so caches can follow its writes. */
export function onCallSucceeded(listener: (name: CallName) => void): () => void {
  successListeners.add(listener);
  return () => successListeners.delete(listener);
}

function tellListeners(name: CallName, result: ApiResult<unknown>): void {
  if (result.ok ? CHANGES_ACCESS.includes(name) : result.error.code === 'LOCKED') {
    for (const listener of accessListeners) listener();
  }
  if (result.ok) for (const listener of successListeners) listener(name);
  if (!result.ok && (result.error.code === 'DISK_FULL' || result.error.code === 'READ_ONLY_FOLDER')) {
    for (const listener of diskListeners) listener(result.error.message);
  }
}

/** Makes a contract call and returns its result object, failures included. */
export async function callResult<N extends CallName>(
  name: N,
  input: CallInput<N>,
): Promise<ApiResult<CallOutput<N>>> {
  const result = await rawCall(name, input);
  tellListeners(name, result);
  return result;
}

function rawCall<N extends CallName>(name: N, input: CallInput<N>): Promise<ApiResult<CallOutput<N>>> {
  const [namespace, method] = name.split('.') as [string, string];
  const functions = (
    surface() as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>
  )[namespace];
  const fn = functions?.[method];
  if (!fn) throw new Error(`window.api has no ${name}`);
  return fn(input) as Promise<ApiResult<CallOutput<N>>>;
}

/** Makes a contract call and returns its value, throwing `ApiCallError` on failure. */
export async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const result = await callResult(name, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}
