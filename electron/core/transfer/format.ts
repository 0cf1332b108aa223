import { z } from 'zod';

export const EXPORT_FORMAT = 'fasciamap-export';
/** Raised when the envelope changes shape; the tables inside follow the database schema version. */
export const EXPORT_FORMAT_VERSION = 1;

const Cell = z.union([
  z.string(),
  z.number().refine(Number.isFinite, { message: 'Numbers must be finite' }),
  z.null(),
  z.strictObject({ $base64: z.base64() }),
]);

/** The file's envelope; the rows are checked against the real schema when imported. */
export const ExportDocument = z.strictObject({
  format: z.literal(EXPORT_FORMAT, { message: 'This is not a FasciaMap export file' }),
  formatVersion: z.int().min(1),
  schemaVersion: z.int().min(1),
  exportedAt: z.iso.datetime(),
  scope: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('clinic') }),
    z.strictObject({ kind: z.literal('client'), clientId: z.string() }),
  ]),
  tables: z.record(z.string(), z.array(z.record(z.string(), Cell))),
});
export type ExportDocument = z.infer<typeof ExportDocument>;
