import { useCallback, useEffect, useState } from 'react';
import type { CallInput, CallOutput } from '../../../shared/api/contract';
import type { CallName } from '../../../shared/api/names';
import { call } from './client';

export type Loadable<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; message: string };

/**
 * The result of a call, made again when its input changes or `reload` is called; an answer that
 * arrives after a newer request is dropped. The input is compared by its JSON.
 */
export function useCall<N extends CallName>(
  name: N,
  input: CallInput<N>,
): [Loadable<CallOutput<N>>, () => void] {
  const [result, setResult] = useState<Loadable<CallOutput<N>>>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  const key = JSON.stringify(input);
  useEffect(() => {
    let current = true;
    call(name, JSON.parse(key) as CallInput<N>)
      .then((value) => current && setResult({ state: 'ready', value }))
      .catch((error: Error) => current && setResult({ state: 'failed', message: error.message }));
    return () => {
      current = false;
    };
  }, [name, key, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return [result, reload];
}
