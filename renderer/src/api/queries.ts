import { QueryClient, useQuery } from '@tanstack/react-query';
import type { CallInput, CallOutput } from '../../../shared/api/contract';
import type { CallName } from '../../../shared/api/names';
import { namespaceOf, refreshedBy, type Namespace } from '../../../shared/api/refreshes';
import { call, onCallSucceeded } from './client';

export type Loadable<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; message: string };

/**
 * The renderer's one cache of main's answers. Main is on the same computer, so a failure is
 * shown at once rather than retried, and an answer is asked again whenever a screen shows it.
 */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 } },
});

/** `[namespace, method, input]`: a write drops a whole namespace by its first part. */
export function callKey<N extends CallName>(name: N, input: CallInput<N>) {
  const namespace = namespaceOf(name);
  return [namespace, name.slice(namespace.length + 1), input] as const;
}

// Whichever screen or store made a write, the answers it changed are asked again.
onCallSucceeded((name) => {
  const refreshed = refreshedBy(name);
  if (refreshed === 'everything') void queryClient.invalidateQueries();
  else for (const namespace of refreshed) void queryClient.invalidateQueries({ queryKey: [namespace] });
});

/** A read call's answer, kept while the screen shows it and asked again after any write that changes it. */
export function useCallQuery<N extends CallName>(name: N, input: CallInput<N>): Loadable<CallOutput<N>> {
  const query = useQuery({ queryKey: callKey(name, input), queryFn: () => call(name, input) });
  if (query.isSuccess) return { state: 'ready', value: query.data };
  if (query.isError) return { state: 'failed', message: query.error.message };
  return { state: 'loading' };
}

/** Drops every cached answer outside `namespace`, so nothing of the clinic's records outlives the lock. */
export function forgetAnswersBut(namespace: Namespace): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== namespace });
}
