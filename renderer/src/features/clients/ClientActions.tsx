import { useState } from 'react';
import type { Client } from '../../../../shared/domain/client';
import { call } from '../../api/client';
import { navigate } from '../../navigation/navigate';
import { hrefFor } from '../../navigation/routes';
import { PurgeButton } from '../../ui/PurgeButton';

/** Edit, archive and delete for a live client; restore and purge for a deleted one. */
export function ClientActions({ client }: { client: Client }) {
  const [failure, setFailure] = useState<string>();
  const run = (action: () => Promise<unknown>) => action().catch((error: Error) => setFailure(error.message));
  const id = client.id;
  return (
    <>
      {client.deletedAt ? (
        <>
          <button type="button" className="button" onClick={() => run(() => call('clients.restore', { id }))}>
            Restore client
          </button>
          <PurgeButton
            what="client and everything recorded about them"
            onPurge={() => call('clients.purge', { id }).then(() => navigate({ place: 'clients' }))}
          />
        </>
      ) : (
        <>
          <a className="button" href={hrefFor({ place: 'edit-client', clientId: id })}>
            Edit intake
          </a>
          <button
            type="button"
            className="button"
            onClick={() =>
              run(() => call(client.archivedAt ? 'clients.unarchive' : 'clients.archive', { id }))
            }
          >
            {client.archivedAt ? 'Unarchive' : 'Archive'}
          </button>
          <button type="button" className="button" onClick={() => run(() => call('clients.delete', { id }))}>
            Delete client
          </button>
        </>
      )}
      {failure && <p role="alert">{failure}</p>}
    </>
  );
}
