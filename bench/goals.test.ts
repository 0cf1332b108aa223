import { describe, expect, it } from 'vitest';
import { withGoals } from './goals';
import { figure } from './measure';

describe('withGoals', () => {
  it('keeps a measured peer as the baseline and judges the value against its limit', () => {
    const [pdf] = withGoals([figure('pdf_ms', 1200, 'ms', '', 400)]);
    expect(pdf).toMatchObject({ baseline: 400, baselineIs: 'peer', ratio: 3, meetsGoal: false });
    expect(pdf!.goal).toEqual({ atMost: 1000, of: 'value' });
  });

  it('compares a figure without a peer with its limit, so it still has a ratio', () => {
    const [ready] = withGoals([figure('model_ready_ms', 250, 'ms', '')]);
    expect(ready).toMatchObject({ baseline: 500, baselineIs: 'limit', ratio: 0.5, meetsGoal: true });
  });

  it('judges a ratio goal by the ratio to the peer', () => {
    const [backup] = withGoals([figure('backup_ms', 1800, 'ms', '', 1000)]);
    expect(backup).toMatchObject({ ratio: 1.8, meetsGoal: false });
  });

  it('leaves a figure with neither a peer nor a limit without a baseline', () => {
    const [other] = withGoals([figure('open_chart_ms', 3, 'ms', '')]);
    expect(other).toMatchObject({
      baseline: null,
      baselineIs: null,
      ratio: null,
      goal: null,
      meetsGoal: null,
    });
  });
});
