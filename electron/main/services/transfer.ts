import type { Handlers } from '../api/dispatch';
import { ApiFailure } from '../../../shared/api/errors';
import { tableCsv } from '../transfer/csv';
import { exportClient, exportClinic } from '../transfer/export';
import { importDocument } from '../transfer/import';
import type { ServicePorts } from './ports';

const day = (moment: Date) => moment.toISOString().slice(0, 10);

export function transferHandlers({ db, now }: ServicePorts) {
  return {
    'transfer.exportClinic': () => ({
      fileName: `fasciamap-clinic-${day(now())}.json`,
      mediaType: 'application/json' as const,
      content: JSON.stringify(exportClinic(db, now()), null, 2),
    }),
    'transfer.exportClient': ({ clientId }) => {
      const document = exportClient(db, clientId, now());
      if (!document) throw new ApiFailure('NOT_FOUND', 'No client with that id');
      return {
        // The id, not the name: a file name is seen by anyone glancing at the downloads folder.
        fileName: `fasciamap-client-${clientId.slice(0, 8)}-${day(now())}.json`,
        mediaType: 'application/json' as const,
        content: JSON.stringify(document, null, 2),
      };
    },
    'transfer.exportCsv': ({ table }) => {
      const content = tableCsv(db, table);
      if (content === undefined) throw new ApiFailure('NOT_FOUND', `This clinic has no ${table} yet`);
      return { fileName: `fasciamap-${table}-${day(now())}.csv`, mediaType: 'text/csv' as const, content };
    },
    'transfer.importFile': ({ content }) => ({ rows: importDocument(db, content) }),
  } satisfies Pick<
    Handlers,
    'transfer.exportClinic' | 'transfer.exportClient' | 'transfer.exportCsv' | 'transfer.importFile'
  >;
}
