import { z } from 'zod';
import { RecordId } from '../domain/common';
import { NewPassphrase } from './access';
import { CREATES, defineCall, EXPORTS } from './define';

/**
 * A file for the renderer to offer as a download; main never chooses where it is saved. An
 * encrypted export is binary and travels as base64.
 */
export const ExportedFile = z.strictObject({
  fileName: z.string(),
  mediaType: z.enum(['application/json', 'text/csv', 'application/octet-stream']),
  encoding: z.enum(['utf8', 'base64']),
  content: z.string(),
});
export type ExportedFile = z.infer<typeof ExportedFile>;

/** Tables offered as CSV, when the clinic's schema has them. */
export const CSV_TABLES = ['sessions', 'outcomes'] as const;

export const MAX_IMPORT_CHARS = 60_000_000;

/**
 * A JSON export is encrypted with the passphrase given, unless the caller explicitly asks for a
 * plain file (the app asks only after warning that it holds health records in plain text).
 */
function exportChoice<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.union(
    [
      z.strictObject({ ...shape, encryption: z.strictObject({ passphrase: NewPassphrase }) }),
      z.strictObject({ ...shape, plain: z.literal(true) }),
    ],
    { error: 'Choose how to export: encrypted ({ encryption: { passphrase } }) or plain ({ plain: true })' },
  );
}

export const transferCalls = {
  'transfer.exportClinic': defineCall(exportChoice({}), ExportedFile, EXPORTS),
  'transfer.exportClient': defineCall(exportChoice({ clientId: RecordId }), ExportedFile, EXPORTS),
  'transfer.exportCsv': defineCall(z.strictObject({ table: z.enum(CSV_TABLES) }), ExportedFile, EXPORTS),
  'transfer.importFile': defineCall(
    z.union(
      [
        z.strictObject({ content: z.string().min(1).max(MAX_IMPORT_CHARS) }),
        /** An encrypted export's bytes, with the passphrase it was sealed with. */
        z.strictObject({
          sealed: z.base64({ message: 'An encrypted file travels as base64' }).min(1).max(MAX_IMPORT_CHARS),
          passphrase: z.string().min(1).max(200),
        }),
      ],
      { error: 'Give the file as { content } or, encrypted, as { sealed, passphrase }' },
    ),
    z.strictObject({ rows: z.record(z.string(), z.int()) }),
    CREATES,
  ),
};
