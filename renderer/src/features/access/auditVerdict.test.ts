import { describe, expect, it } from 'vitest';
import { auditVerdictText } from './auditVerdict';

describe('auditVerdictText', () => {
  it('says the log is intact, with its length', () => {
    expect(auditVerdictText({ intact: true, entries: 12, firstBrokenSeq: null, cutOff: null })).toBe(
      'The audit log is intact (12 entries).',
    );
  });

  it('names a cut-off and an alteration, each on its own', () => {
    expect(
      auditVerdictText({ intact: false, entries: 9, firstBrokenSeq: null, cutOff: { recordedEntries: 12 } }),
    ).toBe(
      'The newest audit entries were cut off outside FasciaMap: the log no longer holds entry 12 as it was recorded.',
    );
    expect(auditVerdictText({ intact: false, entries: 12, firstBrokenSeq: 4, cutOff: null })).toBe(
      'The audit log was altered outside FasciaMap, from entry 4 on.',
    );
    expect(
      auditVerdictText({ intact: false, entries: 9, firstBrokenSeq: 4, cutOff: { recordedEntries: 12 } }),
    ).toMatch(/cut off .* altered outside FasciaMap, from entry 4 on\.$/);
  });
});
