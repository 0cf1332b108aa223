import { contract } from '../../../shared/api/contract';
import { ApiFailure, type ApiError, type ApiResult } from '../../../shared/api/errors';
import type { Finish, Handlers } from '../../../shared/api/handlers';
import { fieldIssues } from '../../../shared/api/issues';
import { isCallName, type CallName } from '../../../shared/api/names';

export type Dispatch = (name: unknown, input: unknown) => Promise<ApiResult<unknown>>;

export interface DispatchOptions {
  /** Told of unexpected failures; receives the call name and error class only, never the input. */
  onInternalError?: (name: CallName, error: unknown) => void;
  /** Asked before the input is even parsed; an error refuses the call (a locked app, a read-only file). */
  admit?: (name: CallName) => ApiError | undefined;
  /**
   * Told of each successful call with its parsed input and checked output, inside the call's
   * transaction: the audit log's feed.
   */
  onSuccess?: (name: CallName, input: unknown, value: unknown) => void;
  /**
   * Runs a call's synchronous work in one database transaction, so its writes and its audit entry
   * are committed together or not at all. For an async call it runs twice: around the handler's
   * first part (`call`), then around its `Finish` (`finish`).
   */
  atomically?: <T>(name: CallName, work: () => T, part: CallPart) => T;
}

/** The handler's own run (all of a sync call), or an async call's `Finish`. */
export type CallPart = 'call' | 'finish';

/** An async handler's first part has run: its promise resolves to the call's `Finish`. */
interface Pending {
  pending: Promise<unknown>;
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as Promise<unknown> | null)?.then === 'function';
}

function invalidInput(name: CallName, error: Parameters<typeof fieldIssues>[0]): ApiResult<never> {
  const issues = fieldIssues(error);
  return {
    ok: false,
    error: {
      code: 'VALIDATION',
      message: `Invalid input for ${name}: ${issues[0]?.message ?? 'unexpected value'}`,
      details: { issues },
    },
  };
}

/**
 * Runs one admitted call with its parsed input: the handler in a transaction, and for an async
 * handler, after its slow part, its `Finish` in a second one. The output is parsed too, which keeps
 * the contract honest: nothing undeclared leaves main.
 */
async function answer(name: CallName, input: unknown, handlers: Handlers, options: DispatchOptions) {
  const handler = handlers[name] as (input: unknown) => unknown;
  const settle = (value: unknown): unknown => {
    const checked: unknown = contract[name].output.parse(value);
    options.onSuccess?.(name, input, checked);
    return checked;
  };
  const atomically = <T>(work: () => T, part: CallPart): T =>
    options.atomically ? options.atomically(name, work, part) : work();

  const outcome = atomically((): { checked: unknown } | Pending => {
    const value = handler(input);
    return isPromise(value) ? { pending: value } : { checked: settle(value) };
  }, 'call');
  if ('checked' in outcome) return outcome.checked;
  const finish = await outcome.pending;
  if (typeof finish !== 'function') throw new TypeError(`${name} did not resolve to its finish`);
  return atomically(() => settle((finish as Finish<unknown>)()), 'finish');
}

/**
 * The one place a call from outside main is checked and answered. Used unchanged by the IPC
 * registration and by the browser host, so both enforce the same rules.
 */
export function createDispatch(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  return async (name, rawInput) => {
    if (!isCallName(name)) {
      return {
        ok: false,
        error: { code: 'UNKNOWN_CALL', message: `There is no call named "${String(name).slice(0, 80)}"` },
      };
    }
    try {
      const refusal = options.admit?.(name);
      if (refusal) return { ok: false, error: refusal };
      const parsed = contract[name].input.safeParse(rawInput);
      if (!parsed.success) return invalidInput(name, parsed.error);
      return { ok: true, value: await answer(name, parsed.data, handlers, options) };
    } catch (error) {
      if (error instanceof ApiFailure) return { ok: false, error: error.toApiError() };
      options.onInternalError?.(name, error);
      return { ok: false, error: { code: 'INTERNAL', message: `${name} failed unexpectedly` } };
    }
  };
}
