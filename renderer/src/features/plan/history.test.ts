import { describe, expect, it } from 'vitest';
import { EMPTY_HISTORY, HISTORY_LIMIT, recorded, redo, undo, type Change } from './history';

function counter() {
  const log: string[] = [];
  const change = (name: string): Change => ({
    label: name,
    undo: async () => log.push(`undo ${name}`),
    redo: async () => log.push(`redo ${name}`),
  });
  return { log, change };
}

describe('undo history', () => {
  it('undoes the latest change first and redoes it back', async () => {
    const { log, change } = counter();
    let history = recorded(recorded(EMPTY_HISTORY, change('a')), change('b'));
    history = await undo(history);
    history = await undo(history);
    history = await redo(history);
    expect(log).toEqual(['undo b', 'undo a', 'redo a']);
    expect(history.done.map((c) => c.label)).toEqual(['a']);
    expect(history.undone.map((c) => c.label)).toEqual(['b']);
  });

  it('forgets what was undone once a new change is made', async () => {
    const { change } = counter();
    const history = recorded(await undo(recorded(EMPTY_HISTORY, change('a'))), change('c'));
    expect(history.undone).toEqual([]);
    expect(await redo(history)).toBe(history);
  });

  it('does nothing with nothing to undo, and keeps a bounded list', async () => {
    expect(await undo(EMPTY_HISTORY)).toBe(EMPTY_HISTORY);
    const { change } = counter();
    let history = EMPTY_HISTORY;
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) history = recorded(history, change(String(i)));
    expect(history.done).toHaveLength(HISTORY_LIMIT);
    expect(history.done[0]!.label).toBe('5');
  });

  it('keeps its place when the call behind an undo fails', async () => {
    const failing: Change = {
      label: 'x',
      undo: () => Promise.reject(new Error('locked')),
      redo: async () => 0,
    };
    const history = recorded(EMPTY_HISTORY, failing);
    await expect(undo(history)).rejects.toThrow('locked');
    expect(history.done).toHaveLength(1);
  });
});
