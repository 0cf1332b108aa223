import { useEffect } from 'react';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` once nobody has touched the keyboard, mouse or screen for `seconds`. Activity
 * anywhere in the window restarts the count; the timer is the only clock, so tests wait for the
 * lock screen to appear rather than for a fixed time.
 */
export function useIdleLock(seconds: number, onIdle: () => void): void {
  useEffect(() => {
    let timer = window.setTimeout(onIdle, seconds * 1000);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(onIdle, seconds * 1000);
    };
    for (const event of ACTIVITY) window.addEventListener(event, restart, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, restart);
    };
  }, [seconds, onIdle]);
}
