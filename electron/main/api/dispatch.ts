import { contract, type CallOutput, type ParsedInput } from '../../../shared/api/contract';
import { ApiFailure, type ApiError, type ApiResult } from '../../../shared/api/errors';
import { fieldIssues } from '../../../shared/api/issues';
import { isCallName, type CallName } from '../../../shared/api/names';

/** The services' side of the contract: one function per call, given the parsed input. */
export type Handlers = {
  [N in CallName]: (input: ParsedInput<N>) => CallOutput<N> | Promise<CallOutput<N>>;
};

export type Dispatch = (name: unknown, input: unknown) => Promise<ApiResult<unknown>>;

export interface DispatchOptions {
  /** Told of unexpected failures; receives the call name and error class only, never the input. */
  onInternalError?: (name: CallName, error: unknown) => void;
  /** Asked before the input is even parsed; an error refuses the call (a locked app, a read-only file). */
  admit?: (name: CallName) => ApiError | undefined;
  /** Told of each successful call with its parsed input and checked output: the audit log's feed. */
  onSuccess?: (name: CallName, input: unknown, value: unknown) => void;
  /**
   * Runs a call's synchronous work in one database transaction, so its writes and its audit entry
   * are committed together or not at all.
   */
  atomically?: <T>(name: CallName, work: () => T) => T;
}

/** A handler that returned a promise: its awaited rest runs after (outside) the transaction. */
interface Pending {
  pending: Promise<unknown>;
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as Promise<unknown> | null)?.then === 'function';
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
    const refusal = options.admit?.(name);
    if (refusal) return { ok: false, error: refusal };
    const spec = contract[name];
    const parsed = spec.input.safeParse(rawInput);
    if (!parsed.success) {
      const issues = fieldIssues(parsed.error);
      return {
        ok: false,
        error: {
          code: 'VALIDATION',
          message: `Invalid input for ${name}: ${issues[0]?.message ?? 'unexpected value'}`,
          details: { issues },
        },
      };
    }
    const handler = handlers[name] as (input: unknown) => unknown;
    const settle = (value: unknown): unknown => {
      // Parsing the output too keeps the contract honest: nothing undeclared leaves main.
      const checked: unknown = spec.output.parse(value);
      options.onSuccess?.(name, parsed.data, checked);
      return checked;
    };
    const run = (): { checked: unknown } | Pending => {
      const value = handler(parsed.data);
      return isPromise(value) ? { pending: value } : { checked: settle(value) };
    };
    try {
      const outcome = options.atomically ? options.atomically(name, run) : run();
      const checked = 'pending' in outcome ? settle(await outcome.pending) : outcome.checked;
      return { ok: true, value: checked };
    } catch (error) {
      if (error instanceof ApiFailure) return { ok: false, error: error.toApiError() };
      options.onInternalError?.(name, error);
      return { ok: false, error: { code: 'INTERNAL', message: `${name} failed unexpectedly` } };
    }
  };
}
