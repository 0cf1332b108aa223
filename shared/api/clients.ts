import { z } from 'zod';
import { Client, ClientInput } from '../domain/client';
import { RecordId, shortText } from '../domain/common';
import { CLIENT_SHOWS, CLIENT_SORTS, ClientSummary } from '../domain/overview';
import { defineCall } from './define';

export const ById = z.strictObject({ id: RecordId });

export const clientCalls = {
  'clients.create': defineCall(ClientInput, Client),
  'clients.get': defineCall(ById, Client),
  'clients.list': defineCall(
    z.strictObject({
      search: shortText('Search', 100).default(''),
      sort: z.enum(CLIENT_SORTS).default('name'),
      show: z.enum(CLIENT_SHOWS).default('active'),
    }),
    z.array(ClientSummary),
  ),
  'clients.update': defineCall(z.strictObject({ ...ClientInput.shape, id: RecordId }), Client),
  'clients.archive': defineCall(ById, Client),
  'clients.unarchive': defineCall(ById, Client),
  'clients.delete': defineCall(ById, Client),
  'clients.restore': defineCall(ById, Client),
  'clients.purge': defineCall(ById, z.strictObject({ purged: z.literal(true) })),
};
