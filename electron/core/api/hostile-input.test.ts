import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { API_ERROR_CODES, type ApiErrorCode, type ApiResult } from '../../../shared/api/errors';
import { CALL_NAMES, type CallName } from '../../../shared/api/names';
import { openTestClinic, type TestClinic } from '../../test-support/temp-db';
import { databaseDigest } from '../../test-support/hostile/digest';
import {
  hostileValue,
  NON_ASCII_NAMES,
  POLLUTING_KEYS,
  shapedLike,
  withPollutingKey,
} from '../../test-support/hostile/payloads';

/**
 * Every contract call, including ones added after this test was written, gets random and malformed
 * payloads through the real dispatch (lock, parsing, services, audit) against a real clinic file.
 */
const RUNS_PER_CALL = Math.max(100, Math.ceil(10_000 / CALL_NAMES.length));
const PASSPHRASE = 'fuzzing passphrase';

let clinic: TestClinic;
let therapistId = '';
const ids: string[] = [];
let payloadsSent = 0;
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

const dispatch = (name: unknown, input: unknown) => clinic.runtime.dispatch(name, input);

beforeAll(async () => {
  clinic = openTestClinic();
  const made = await dispatch('access.createProfile', { displayName: 'Fuzz', passphrase: PASSPHRASE });
  therapistId = made.ok ? (made.value as { id: string }).id : '';
  // Durability is not under test here, and fsync on every accepted write would dominate the run.
  clinic.db.pragma('synchronous = OFF');
  const client = await dispatch('clients.create', {
    givenName: 'Ana',
    familyName: 'Ruiz',
    dateOfBirth: '1980-01-01',
  });
  ids.push(therapistId, client.ok ? (client.value as { id: string }).id : '');
});
afterAll(() => clinic?.close());

const CHECK_A_PASSPHRASE: readonly CallName[] = [
  'access.unlock',
  'access.changePassphrase',
  'encryption.enterPassphrase',
  'backups.restore',
  'transfer.importFile',
];

/** Codes a call may answer with: never INTERNAL, and NOT_FOUND/CONFLICT/FORBIDDEN only for well-formed input. */
function checkAnswer(name: CallName, payload: unknown, result: ApiResult<unknown>): void {
  expect(API_ERROR_CODES).toContain(result.ok ? 'VALIDATION' : result.error.code);
  if (result.ok) return;
  const wellFormed = contract[name].input.safeParse(payload).success;
  const allowed: ApiErrorCode[] = wellFormed ? ['VALIDATION', 'NOT_FOUND', 'CONFLICT'] : ['VALIDATION'];
  // Calls that check a passphrase answer a wrong one, however well formed, with FORBIDDEN.
  if (wellFormed && CHECK_A_PASSPHRASE.includes(name)) allowed.push('FORBIDDEN');
  expect(allowed, `${name} answered ${result.error.code}: ${result.error.message}`).toContain(
    result.error.code,
  );
}

/** The digest after the previous payload is the one before the next: one digest per payload, not two. */
let lastDigest = '';

async function probe(name: CallName, payload: unknown): Promise<void> {
  payloadsSent += 1;
  const before = lastDigest || databaseDigest(clinic.db);
  // `dispatch` must answer, never throw: a rejection here fails the property.
  const result = await dispatch(name, payload);
  checkAnswer(name, payload, result);
  lastDigest = databaseDigest(clinic.db);
  if (!result.ok) expect(lastDigest, `${name} was refused but wrote`).toBe(before);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  // A payload may legitimately lock the app (access.lock) or restore a backup: carry on unlocked.
  clinic.ports.session.unlockAs(therapistId, clinic.ports.now());
}

describe('hostile input through dispatch', () => {
  it.each(CALL_NAMES.map((name) => [name]))(
    '%s answers every payload with a value or a typed error',
    async (name) => {
      const payload = fc.oneof(
        { weight: 5, arbitrary: shapedLike(contract[name].input, { ids }) },
        { weight: 2, arbitrary: hostileValue },
        {
          weight: 2,
          arbitrary: fc
            .tuple(shapedLike(contract[name].input, { ids }), fc.constantFrom(...POLLUTING_KEYS))
            .map(([value, key]) => withPollutingKey(value, key)),
        },
      );
      await fc.assert(
        fc.asyncProperty(payload, (value) => probe(name, value)),
        { numRuns: RUNS_PER_CALL, seed: Number(process.env.FASCIAMAP_FUZZ_SEED ?? 20_260_302) },
      );
    },
    // A call that writes files (backups.create) takes seconds for its runs on a busy machine.
    60_000,
  );

  it('threw at least 10,000 payloads in all', () => {
    expect(payloadsSent).toBeGreaterThanOrEqual(10_000);
    console.info(`hostile input: ${payloadsSent} payloads across ${CALL_NAMES.length} calls`);
  });

  it('keeps non-ASCII names exactly as typed', async () => {
    for (const name of NON_ASCII_NAMES) {
      const made = await dispatch('clients.create', {
        givenName: name,
        familyName: name,
        dateOfBirth: '1980-01-01',
      });
      expect(made.ok).toBe(true);
      const id = made.ok ? (made.value as { id: string }).id : '';
      const read = await dispatch('clients.get', { id });
      expect(read).toMatchObject({ ok: true, value: { givenName: name, familyName: name } });
    }
  });

  it('answers names that are not calls, including prototype keys, with UNKNOWN_CALL', async () => {
    for (const name of [...POLLUTING_KEYS, 'toString', 'hasOwnProperty', 'clients.create.x', '', null, {}]) {
      const result = await dispatch(name, {});
      expect(!result.ok && result.error.code).toBe('UNKNOWN_CALL');
    }
  });
});
