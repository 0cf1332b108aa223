import { useEffect } from 'react';
import { callResult } from '../../api/client';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** Main hears of activity at most this often (or four times per idle time, if that is shorter). */
const REPORT_EVERY_MS = 30_000;

/**
 * Calls `onIdle` once nobody has touched the keyboard, mouse or screen for `seconds`, and tells main
 * someone is there (`access.activity`), which alone keeps main's own idle lock from locking: a page
 * that only polls is locked by main all the same. Reports go out on the first input after a quiet
 * spell and once more at the end of a busy spell, so main never counts from earlier than the last
 * input by more than the report interval, and locks no sooner than this page does.
 */
export function useIdleLock(seconds: number, onIdle: () => void): void {
  useEffect(() => {
    const reportEvery = Math.min(REPORT_EVERY_MS, (seconds * 1000) / 4);
    let lastReport = Number.NEGATIVE_INFINITY;
    let trailingReport: number | undefined;
    const report = () => {
      lastReport = performance.now();
      trailingReport = undefined;
      void callResult('access.activity', {});
    };
    let idle = window.setTimeout(onIdle, seconds * 1000);
    const restart = () => {
      window.clearTimeout(idle);
      idle = window.setTimeout(onIdle, seconds * 1000);
      const sinceReport = performance.now() - lastReport;
      if (sinceReport >= reportEvery) report();
      else trailingReport ??= window.setTimeout(report, reportEvery - sinceReport);
    };
    for (const event of ACTIVITY) window.addEventListener(event, restart, { passive: true });
    return () => {
      window.clearTimeout(idle);
      window.clearTimeout(trailingReport);
      for (const event of ACTIVITY) window.removeEventListener(event, restart);
    };
  }, [seconds, onIdle]);
}
