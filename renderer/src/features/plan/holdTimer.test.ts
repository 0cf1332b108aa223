import { describe, expect, it } from 'vitest';
import { STOPPED, clockText, elapsedMs, pause, start, toggle } from './holdTimer';

describe('hold timer', () => {
  it('counts only the time it runs, across pauses', () => {
    let timer = start(STOPPED, 1_000);
    expect(elapsedMs(timer, 31_000)).toBe(30_000);
    timer = pause(timer, 61_000);
    expect(elapsedMs(timer, 500_000)).toBe(60_000);
    timer = toggle(timer, 100_000);
    expect(elapsedMs(timer, 105_000)).toBe(65_000);
    expect(toggle(timer, 106_000)).toEqual({ heldMs: 66_000, runningSince: null });
  });

  it('ignores a second start or a pause while paused', () => {
    const running = start(STOPPED, 5);
    expect(start(running, 10)).toBe(running);
    expect(pause(STOPPED, 10)).toBe(STOPPED);
  });

  it('reads as minutes and seconds', () => {
    expect(clockText(0)).toBe('00:00');
    expect(clockText(185_999)).toBe('03:05');
  });
});
