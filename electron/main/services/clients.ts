import type { Handlers } from '../api/dispatch';
import { ApiFailure } from '../../../shared/api/errors';
import { clientRuleIssues } from '../../../shared/domain/client';
import { calendarDateOf } from '../../../shared/domain/common';
import { findClient, insertClient, searchClients } from '../db/repositories/clients';
import type { ServicePorts } from './ports';
import { assertNoRuleIssues } from './validation';

type ClientHandlers = Pick<Handlers, 'clients.create' | 'clients.get' | 'clients.list'>;

export function clientHandlers({ db, now, newId }: ServicePorts) {
  return {
    'clients.create': (input) => {
      const moment = now();
      assertNoRuleIssues(clientRuleIssues(input, calendarDateOf(moment)));
      const stamp = moment.toISOString();
      const client = { id: newId(), ...input, createdAt: stamp, updatedAt: stamp };
      insertClient(db, client);
      return client;
    },
    'clients.get': ({ id }) => {
      const client = findClient(db, id);
      if (!client) throw new ApiFailure('NOT_FOUND', 'No client with that id');
      return client;
    },
    'clients.list': ({ search }) => searchClients(db, search),
  } satisfies ClientHandlers;
}
