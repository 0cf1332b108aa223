import { useEffect } from 'react';
import { onAccessChange } from '../../api/client';
import { forgetAnswersBut, queryClient, useCallQuery } from '../../api/queries';

/**
 * Main's view of who is signed in: asked again after every access call, whenever a call is refused
 * as locked and when the idle time changes. While nobody is signed in, no clinic record stays in
 * the renderer's cache behind the lock screen.
 */
export function useAccess() {
  const access = useCallQuery('access.status', {});
  useEffect(() => onAccessChange(() => void queryClient.invalidateQueries({ queryKey: ['access'] })), []);
  const signedIn = access.state === 'ready' && access.value.state === 'unlocked' && !access.value.recovery;
  useEffect(() => {
    if (!signedIn) forgetAnswersBut('access');
  }, [signedIn]);
  return access;
}
