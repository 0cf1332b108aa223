import type { ParsedInput } from '../../../shared/api/contract';
import { ApiFailure } from '../../../shared/api/errors';
import { SEALED_EXTENSION, SEALED_FILE_MAGIC } from '../../../shared/api/sealed';
import type { ExportedFile } from '../../../shared/api/transfer';
import type { ScryptCost } from '../access/passphrase';
import { deriveSealingKey } from '../sealed-files/keys';
import { sealedRefusal } from '../sealed-files/refusal';
import { openSealedBytes, sealBytes } from '../sealed-files/seal';
import type { ExportDocument } from './format';

type ExportChoice = ParsedInput<'transfer.exportClinic'>;

/**
 * The export file as the caller chose it: sealed with the passphrase given (a fresh scrypt salt for
 * each file), or the plain JSON the caller explicitly asked for. The rows were read before this
 * runs, so only the sealing waits for scrypt.
 */
export function exportedFile(
  document: ExportDocument,
  baseName: string,
  choice: ExportChoice,
  cost: ScryptCost,
): ExportedFile | Promise<ExportedFile> {
  const json = JSON.stringify(document, null, 2);
  if ('plain' in choice) {
    return { fileName: `${baseName}.json`, mediaType: 'application/json', encoding: 'utf8', content: json };
  }
  return deriveSealingKey(choice.encryption.passphrase, cost).then((key) => ({
    fileName: `${baseName}.json${SEALED_EXTENSION}`,
    mediaType: 'application/octet-stream',
    encoding: 'base64',
    content: sealBytes(Buffer.from(json, 'utf8'), key).toString('base64'),
  }));
}

/** The JSON text of a file to import, opening an encrypted one with its passphrase. */
export function importedText(input: ParsedInput<'transfer.importFile'>): string | Promise<string> {
  if ('content' in input) {
    if (input.content.startsWith(SEALED_FILE_MAGIC)) {
      throw new ApiFailure('VALIDATION', 'This file is encrypted: import it with its passphrase');
    }
    return input.content;
  }
  return openSealedBytes(Buffer.from(input.sealed, 'base64'), input.passphrase).then(
    (plain) => plain.toString('utf8'),
    (error: unknown) => {
      throw sealedRefusal(error, 'imported', 'VALIDATION');
    },
  );
}
