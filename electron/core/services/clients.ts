import type { Handlers } from '../../../shared/api/handlers';
import { clientRuleIssues, type ParsedClientInput } from '../../../shared/domain/client';
import { calendarDateOf, localDateTimeOf } from '../../../shared/domain/dates';
import { samePressure, type PressureLevel } from '../../../shared/domain/pressure';
import {
  findClient,
  insertClient,
  listClientSummaries,
  purgeClient,
  replaceContraindications,
  setClientStamp,
  updateClientRow,
} from '../db/repositories/clients';
import { currentTolerances, insertTolerance, supersedeTolerance } from '../db/repositories/tolerances';
import type { ClinicDatabase } from '../db/open';
import { assertPurgeable, found } from './lifecycle';
import type { ServicePorts } from './ports';
import { assertNoRuleIssues } from './validation';

type ClientHandlers = Pick<
  Handlers,
  | 'clients.create'
  | 'clients.get'
  | 'clients.list'
  | 'clients.update'
  | 'clients.archive'
  | 'clients.unarchive'
  | 'clients.delete'
  | 'clients.restore'
  | 'clients.purge'
>;

export function clientsHandlers({ db, now, newId }: ServicePorts) {
  const get = (id: string) => found(findClient(db, id), 'client');

  /** Writes the intake: the row, the checklist, and a new history entry for each changed tolerance. */
  function writeIntake(id: string, input: ParsedClientInput, isNew: boolean) {
    const moment = now();
    assertNoRuleIssues(clientRuleIssues(input, calendarDateOf(moment)));
    const stamp = moment.toISOString();
    db.transaction(() => {
      if (isNew) insertClient(db, id, input, stamp);
      else updateClientRow(db, id, input, stamp);
      replaceContraindications(db, id, input);
      recordToleranceChanges(db, { clientId: id, input, at: stamp, newId });
    })();
    return get(id);
  }

  /** Lifecycle stamps (archive, delete) are set to now, or cleared by their undo. */
  function stamp(id: string, column: 'archived_at' | 'deleted_at', set: boolean) {
    get(id);
    const at = now().toISOString();
    setClientStamp(db, id, column, set ? at : null, at);
    return get(id);
  }

  return {
    'clients.create': (input) => writeIntake(newId(), input, true),
    'clients.update': ({ id, ...input }) => {
      get(id);
      return writeIntake(id, input, false);
    },
    'clients.get': ({ id }) => get(id),
    'clients.list': (query) => listClientSummaries(db, { ...query, now: localDateTimeOf(now()) }),
    'clients.archive': ({ id }) => stamp(id, 'archived_at', true),
    'clients.unarchive': ({ id }) => stamp(id, 'archived_at', false),
    'clients.delete': ({ id }) => stamp(id, 'deleted_at', true),
    'clients.restore': ({ id }) => stamp(id, 'deleted_at', false),
    'clients.purge': ({ id }) => {
      assertPurgeable(get(id), 'client');
      purgeClient(db, id);
      return { purged: true as const };
    },
  } satisfies ClientHandlers;
}

/**
 * A tolerance is history: a changed or removed level is marked superseded, never overwritten, so
 * the chart can show how the client's tolerance moved over time.
 */
function recordToleranceChanges(
  db: ClinicDatabase,
  change: { clientId: string; input: ParsedClientInput; at: string; newId: () => string },
): void {
  const current = currentTolerances(db, change.clientId);
  const before = new Map<string | null, PressureLevel>(
    current.toleranceByRegion.map((item) => [item.region, item.level]),
  );
  if (current.toleranceDefault) before.set(null, current.toleranceDefault);
  const after = new Map<string | null, PressureLevel>(
    change.input.toleranceByRegion.map((item) => [item.region, item.level]),
  );
  if (change.input.toleranceDefault) after.set(null, change.input.toleranceDefault);

  for (const region of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(region) ?? null;
    const level = after.get(region) ?? null;
    if (samePressure(old, level)) continue;
    if (old) supersedeTolerance(db, change.clientId, region, change.at);
    if (level)
      insertTolerance(db, { id: change.newId(), clientId: change.clientId, region, level, at: change.at });
  }
}
