import { useCallback, useEffect, useState } from 'react';
import type { AccessStatus } from '../../../../shared/api/access';
import { call, onAccessChange } from '../../api/client';

export type AccessState =
  { phase: 'loading' } | { phase: 'failed'; message: string } | { phase: 'known'; status: AccessStatus };

/**
 * Main's view of who is signed in, refreshed on demand, whenever a call is refused as locked and
 * when the idle time changes.
 */
export function useAccess(): [AccessState, () => void] {
  const [access, setAccess] = useState<AccessState>({ phase: 'loading' });
  const refresh = useCallback(() => {
    call('access.status', {})
      .then((status) => setAccess({ phase: 'known', status }))
      .catch((error: Error) => setAccess({ phase: 'failed', message: error.message }));
  }, []);
  useEffect(() => {
    refresh();
    return onAccessChange(refresh);
  }, [refresh]);
  return [access, refresh];
}
