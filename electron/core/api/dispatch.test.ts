import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/errors';
import { openTestClinic, type TestClinic } from '../../test-support/temp-db';
import { createDispatch, type Dispatch } from './dispatch';

let clinic: TestClinic;
let dispatch: Dispatch;
const countClients = () => (clinic.db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n;

beforeEach(() => {
  clinic = openTestClinic();
  dispatch = createDispatch(clinic.handlers);
});
afterEach(() => clinic.close());

describe('dispatch', () => {
  it('answers a valid call with its value', async () => {
    const result = await dispatch('clients.create', {
      givenName: 'Ada',
      familyName: 'Byron',
      dateOfBirth: '1980-12-10',
    });
    expect(result).toMatchObject({ ok: true, value: { givenName: 'Ada', familyName: 'Byron' } });
    expect(countClients()).toBe(1);
  });

  it('refuses a wrongly typed payload with VALIDATION and writes nothing', async () => {
    const result = await dispatch('clients.create', { givenName: 42, familyName: ['x'], dateOfBirth: null });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.details?.issues?.map((issue) => issue.path)).toEqual([
      'givenName',
      'familyName',
      'dateOfBirth',
    ]);
    expect(countClients()).toBe(0);
  });

  it('refuses a payload that is not an object', async () => {
    for (const payload of [undefined, null, 'text', 7, []]) {
      const result = await dispatch('clients.list', payload);
      expect(result.ok ? 'ok' : result.error.code).toBe('VALIDATION');
    }
  });

  it('answers an unknown call with UNKNOWN_CALL instead of throwing', async () => {
    for (const name of ['clients.drop', '__proto__', 'constructor', 42, undefined]) {
      const result = await dispatch(name, {});
      expect(result.ok ? 'ok' : result.error.code).toBe('UNKNOWN_CALL');
    }
  });

  it('passes a service failure through with its own code', async () => {
    const result = await dispatch('clients.get', { id: '00000000-0000-4000-8000-999999999999' });
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'No client with that id' } });
  });

  it('reports an unexpected error as INTERNAL without its message', async () => {
    const failures: string[] = [];
    const failing = createDispatch(
      {
        ...clinic.handlers,
        'clients.list': () => {
          throw new Error('secret client name in a message');
        },
      },
      { onInternalError: (name) => failures.push(name) },
    );
    const result = await failing('clients.list', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'clients.list failed unexpectedly' },
    });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(failures).toEqual(['clients.list']);
  });

  it('refuses a service answer that breaks the declared output', async () => {
    const lying = createDispatch({ ...clinic.handlers, 'app.info': () => ({ appVersion: 1 }) as never });
    const result = await lying('app.info', {});
    expect(result.ok ? 'ok' : result.error.code).toBe('INTERNAL');
  });

  it('keeps ApiFailure details', async () => {
    const failing = createDispatch({
      ...clinic.handlers,
      'clients.list': () => {
        throw new ApiFailure('CONFLICT', 'Locked', { reason: 'signed' });
      },
    });
    expect(await failing('clients.list', {})).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Locked', details: { reason: 'signed' } },
    });
  });

  it('commits a call and its audit entry together, or neither', async () => {
    const newClient = { givenName: 'Ada', familyName: 'Byron', dateOfBirth: '1980-12-10' };
    const auditFails = createDispatch(clinic.handlers, {
      atomically: (_name, work) => clinic.db.transaction(work)(),
      onSuccess: () => {
        throw new Error('disk full while writing the audit entry');
      },
    });
    expect(await auditFails('clients.create', newClient)).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(countClients()).toBe(0);

    const audited: string[] = [];
    const atomic = createDispatch(clinic.handlers, {
      atomically: (_name, work) => clinic.db.transaction(work)(),
      onSuccess: (name) => audited.push(name),
    });
    expect(await atomic('clients.create', newClient)).toMatchObject({ ok: true });
    expect(countClients()).toBe(1);
    expect(audited).toEqual(['clients.create']);
  });
});
