import { z } from 'zod';
import { RecordId } from '../domain/common';
import { Printout, PrintRequest } from '../domain/printout';
import { CourseReport, PhysicianLetter } from '../domain/printouts/course';
import { defineCall, EXPORTS, VIEWS } from './define';

/**
 * What became of an output request. A host without its own PDF writer or printer (the browser
 * host) answers `use-browser`: the page then prints itself through the browser's dialog.
 */
export const PrintOutcome = z.strictObject({
  outcome: z.enum(['saved', 'printed', 'cancelled', 'use-browser']),
  /** Where the PDF was written, when it was. */
  path: z.string().nullable(),
});
export type PrintOutcome = z.infer<typeof PrintOutcome>;

export const printoutsCalls = {
  'printouts.get': defineCall(z.strictObject({ sessionId: RecordId }), Printout, VIEWS),
  /** The course as of this session, for the client's physician. */
  'printouts.physicianLetter': defineCall(z.strictObject({ sessionId: RecordId }), PhysicianLetter, VIEWS),
  /** The course as of this session, for the clinic's own review. */
  'printouts.courseReport': defineCall(z.strictObject({ sessionId: RecordId }), CourseReport, VIEWS),
  'printouts.exportPdf': defineCall(PrintRequest, PrintOutcome, EXPORTS),
  'printouts.exportToPrinter': defineCall(PrintRequest, PrintOutcome, EXPORTS),
};
