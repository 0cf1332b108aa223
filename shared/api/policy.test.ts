import { describe, expect, it } from 'vitest';
import { policyOf } from './contract';
import { CALL_NAMES } from './names';

const policies = CALL_NAMES.map((name) => ({ name, ...policyOf(name) }));
const named = (keep: (policy: (typeof policies)[number]) => boolean) =>
  policies.filter(keep).map((policy) => policy.name);

describe('every call’s declared policy', () => {
  it.each(policies)('$name: its audit verb fits what it does ($effect, $audit)', ({ effect, audit }) => {
    if (effect === 'read') expect(['viewed', 'none']).toContain(audit);
    if (effect === 'export') expect(audit).toBe('exported');
    if (effect === 'write') expect(['viewed', 'exported']).not.toContain(audit);
  });

  it('answers only what unlocking takes while locked, and only that and restoring in recovery', () => {
    expect(named((policy) => policy.whileLocked === true).sort()).toEqual([
      'access.createProfile',
      'access.status',
      'access.unlock',
    ]);
    expect(named((policy) => policy.inRecovery === true).sort()).toEqual([
      'access.createProfile',
      'access.status',
      'access.unlock',
      'backups.list',
      'backups.restore',
    ]);
  });

  it('lets only the backup calls handle the database file outside its transactions', () => {
    expect(named((policy) => policy.managesTheFile === true).sort()).toEqual([
      'backups.create',
      'backups.restore',
    ]);
  });

  it('keeps out of the audit log only the calls about the app itself and the log', () => {
    expect(named((policy) => policy.audit === 'none').sort()).toEqual([
      'access.activity',
      'access.status',
      'app.info',
      'audit.list',
      'audit.verify',
    ]);
  });
});
