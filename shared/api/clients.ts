import { z } from 'zod';
import { Client, ClientInput } from '../domain/client';
import { RecordId, shortText } from '../domain/common';
import { defineCall } from './define';

export const clientCalls = {
  'clients.create': defineCall(ClientInput, Client),
  'clients.get': defineCall(z.strictObject({ id: RecordId }), Client),
  'clients.list': defineCall(
    z.strictObject({ search: shortText('Search', 100).default('') }),
    z.array(Client),
  ),
};
