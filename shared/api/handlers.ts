import type { CallOutput, ParsedInput } from './contract';
import type { CallName } from './names';

/**
 * The rest of an async call once its slow part (scrypt, a print dialog, a backup) is done: its
 * database writes, in-memory changes and answer, run synchronously in the call's transaction
 * together with its audit entry.
 */
export type Finish<T> = () => T;

/**
 * The services' side of the contract: one function per call, given the parsed input. A handler is
 * either synchronous and runs wholly inside its transaction, or async and resolves to its `Finish`;
 * an async handler writes nothing before that (its first part runs in a transaction of its own,
 * without an audit entry), except the backup calls, whose slow part is copying the file itself.
 */
export type Handlers = {
  [N in CallName]: (input: ParsedInput<N>) => CallOutput<N> | Promise<Finish<CallOutput<N>>>;
};
