import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateClinic } from './generate-clinic';
import { openTestClinic, type TestClinic } from './temp-db';

let clinic: TestClinic;
beforeEach(() => {
  clinic = openTestClinic();
});
afterEach(() => clinic.close());

describe('generateClinic', () => {
  it('writes the asked-for clients and sessions, readable through the services', () => {
    const result = generateClinic(clinic.db, { clients: 50, sessionsPerClient: 6, seed: 7 });
    expect(result.sessionCount).toBe(300);
    expect(clinic.call('clients.list', {})).toHaveLength(50);
    const sessions = clinic.call('sessions.list', { clientId: result.clientIds[0]! });
    expect(sessions.filter((session) => session.status === 'completed')).toHaveLength(4);
    expect(sessions.filter((session) => session.status === 'planned')).toHaveLength(2);
    expect(result.completedSessionIds).toHaveLength(200);
  });

  it('gives each client a course holding its sessions, with the assessments already due recorded', () => {
    const { clientIds } = generateClinic(clinic.db, { clients: 2, sessionsPerClient: 12, seed: 9 });
    const [course] = clinic.call('courses.list', { clientId: clientIds[0]! });
    expect(course?.assessments.map((point) => point.label)).toEqual(['Baseline', 'Week 6']);
    expect(course?.progress).toMatchObject({ done: 8, total: 12 });
    const assessments = clinic.call('assessments.list', { clientId: clientIds[0]! });
    expect(assessments.map((assessment) => assessment.coursePosition).sort()).toEqual([0, 1]);
    expect(assessments[0]?.measures.map((measure) => measure.kind)).toContain('psqi');
  });

  it('gives the same clinic for the same seed', () => {
    const first = generateClinic(clinic.db, { clients: 5, sessionsPerClient: 1, seed: 3 });
    const names = clinic.call('clients.list', {}).map((client) => client.familyName);
    const other = openTestClinic();
    try {
      const second = generateClinic(other.db, { clients: 5, sessionsPerClient: 1, seed: 3 });
      expect(second.clientIds).toEqual(first.clientIds);
      expect(other.call('clients.list', {}).map((client) => client.familyName)).toEqual(names);
    } finally {
      other.close();
    }
  });
});
