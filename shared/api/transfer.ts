import { z } from 'zod';
import { RecordId } from '../domain/common';
import { defineCall } from './define';

/** A file for the renderer to offer as a download; main never chooses where it is saved. */
export const ExportedFile = z.strictObject({
  fileName: z.string(),
  mediaType: z.enum(['application/json', 'text/csv']),
  content: z.string(),
});
export type ExportedFile = z.infer<typeof ExportedFile>;

/** Tables offered as CSV, when the clinic's schema has them. */
export const CSV_TABLES = ['sessions', 'outcomes'] as const;

export const MAX_IMPORT_CHARS = 60_000_000;

export const transferCalls = {
  'transfer.exportClinic': defineCall(z.strictObject({}), ExportedFile),
  'transfer.exportClient': defineCall(z.strictObject({ clientId: RecordId }), ExportedFile),
  'transfer.exportCsv': defineCall(z.strictObject({ table: z.enum(CSV_TABLES) }), ExportedFile),
  'transfer.importFile': defineCall(
    z.strictObject({ content: z.string().min(1).max(MAX_IMPORT_CHARS) }),
    z.strictObject({ rows: z.record(z.string(), z.int()) }),
  ),
};
