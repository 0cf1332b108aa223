import { z } from 'zod';
import { Client, ClientInput } from '../domain/client';
import { RecordId, shortText } from '../domain/common';
import { CLIENT_SHOWS, CLIENT_SORTS, ClientSummary } from '../domain/overview';
import { CHANGES, CREATES, defineCall, DELETES, VIEWS } from './define';

export const ById = z.strictObject({ id: RecordId });

export const clientsCalls = {
  'clients.create': defineCall(ClientInput, Client, CREATES),
  'clients.get': defineCall(ById, Client, VIEWS),
  'clients.list': defineCall(
    z.strictObject({
      search: shortText('Search', 100).default(''),
      sort: z.enum(CLIENT_SORTS).default('name'),
      show: z.enum(CLIENT_SHOWS).default('active'),
      /** A page: at most this many, the first in the sort order. All of them when absent. */
      limit: z
        .int({ message: 'The page size must be a whole number' })
        .min(1, { message: 'The page size must be at least 1' })
        .max(1000, { message: 'The page size can be at most 1000' })
        .optional(),
    }),
    z.array(ClientSummary),
    VIEWS,
  ),
  'clients.update': defineCall(z.strictObject({ ...ClientInput.shape, id: RecordId }), Client, CHANGES),
  'clients.archive': defineCall(ById, Client, DELETES),
  'clients.unarchive': defineCall(ById, Client, CHANGES),
  'clients.delete': defineCall(ById, Client, DELETES),
  'clients.restore': defineCall(ById, Client, CHANGES),
  'clients.purge': defineCall(ById, z.strictObject({ purged: z.literal(true) }), DELETES),
};
