import { useEffect, useState } from 'react';
import type { Client } from '../../../../shared/domain/client';
import { call } from '../../api/client';

export type Loadable<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; message: string };

/** The clients whose name matches the search, reloaded as the search changes; stale answers are dropped. */
export function useClientSearch(search: string): Loadable<Client[]> {
  const [result, setResult] = useState<Loadable<Client[]>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    call('clients.list', { search })
      .then((clients) => current && setResult({ state: 'ready', value: clients }))
      .catch((error: Error) => current && setResult({ state: 'failed', message: error.message }));
    return () => {
      current = false;
    };
  }, [search]);
  return result;
}

export function useClient(id: string): Loadable<Client> {
  const [result, setResult] = useState<Loadable<Client>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    call('clients.get', { id })
      .then((client) => current && setResult({ state: 'ready', value: client }))
      .catch((error: Error) => current && setResult({ state: 'failed', message: error.message }));
    return () => {
      current = false;
    };
  }, [id]);
  return result;
}
