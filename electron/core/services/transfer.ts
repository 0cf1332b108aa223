import type { Finish, Handlers } from '../../../shared/api/handlers';
import { ApiFailure } from '../../../shared/api/errors';
import { tableCsv } from '../transfer/csv';
import { exportClient, exportClinic } from '../transfer/export';
import { importDocument } from '../transfer/import';
import { exportedFile, importedText } from '../transfer/protection';
import type { ServicePorts } from './ports';

const day = (moment: Date) => moment.toISOString().slice(0, 10);

/** A plain export is ready at once; an encrypted one after scrypt, and is then handed over as it is. */
const handedOver = <T>(file: T | Promise<T>): T | Promise<Finish<T>> =>
  file instanceof Promise ? file.then((ready) => () => ready) : file;

export function transferHandlers({ db, now, passphraseCost }: ServicePorts) {
  return {
    'transfer.exportClinic': (choice) =>
      handedOver(
        exportedFile(exportClinic(db, now()), `fasciamap-clinic-${day(now())}`, choice, passphraseCost),
      ),
    'transfer.exportClient': (choice) => {
      const document = exportClient(db, choice.clientId, now());
      if (!document) throw new ApiFailure('NOT_FOUND', 'No client with that id');
      // The id, not the name: a file name is seen by anyone glancing at the downloads folder.
      const baseName = `fasciamap-client-${choice.clientId.slice(0, 8)}-${day(now())}`;
      return handedOver(exportedFile(document, baseName, choice, passphraseCost));
    },
    'transfer.exportCsv': ({ table }) => {
      const content = tableCsv(db, table);
      if (content === undefined) throw new ApiFailure('NOT_FOUND', `This clinic has no ${table} yet`);
      return {
        fileName: `fasciamap-${table}-${day(now())}.csv`,
        mediaType: 'text/csv' as const,
        encoding: 'utf8' as const,
        content,
      };
    },
    'transfer.importFile': (input) => {
      const text = importedText(input);
      // A plain file is imported at once; an encrypted one once opened, in the call's second step.
      // Either way the rows and the audit entry commit in one transaction.
      return typeof text === 'string'
        ? { rows: importDocument(db, text) }
        : text.then((opened) => () => ({ rows: importDocument(db, opened) }));
    },
  } satisfies Pick<
    Handlers,
    'transfer.exportClinic' | 'transfer.exportClient' | 'transfer.exportCsv' | 'transfer.importFile'
  >;
}
