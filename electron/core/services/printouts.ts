import type { PrintOutcome } from '../../../shared/api/printouts';
import { clientDisplayName } from '../../../shared/domain/client';
import { printFileName, printRoute, type PrintRequest } from '../../../shared/domain/printout';
import type { z } from 'zod';
import type { Handlers } from '../../../shared/api/handlers';
import { findClient } from '../db/repositories/clients';
import type { ClinicDatabase } from '../db/open';
import { readSettings } from '../db/repositories/settings';
import { found } from './lifecycle';
import type { ServicePorts } from './ports';
import type { PrintJob } from './printer-port';
import { gatherCourseReport, gatherPhysicianLetter } from './printouts/course';
import { gatherPrintout } from './printouts/gather';
import { sessionOf } from './session-lock';

type PrintHandlers = Pick<
  Handlers,
  | 'printouts.get'
  | 'printouts.physicianLetter'
  | 'printouts.courseReport'
  | 'printouts.exportPdf'
  | 'printouts.exportToPrinter'
>;

/** What the host's printer needs: the page to load, the paper, and the name to offer for the file. */
function printJob(db: ClinicDatabase, request: z.output<typeof PrintRequest>): PrintJob {
  const session = sessionOf(db, request.sessionId);
  const client = found(findClient(db, session.clientId), 'client');
  return {
    route: printRoute(request),
    paperSize: readSettings(db).paperSize,
    fileName: printFileName(clientDisplayName(client), request.sheet, session.startsAt),
  };
}

const USE_BROWSER: PrintOutcome = { outcome: 'use-browser', path: null };

export function printoutsHandlers({ db, now, printer }: ServicePorts) {
  return {
    'printouts.get': ({ sessionId }) => gatherPrintout(db, sessionId, now()),
    'printouts.physicianLetter': ({ sessionId }) => gatherPhysicianLetter(db, sessionId),
    'printouts.courseReport': ({ sessionId }) => gatherCourseReport(db, sessionId, now()),
    'printouts.exportPdf': async (request) => {
      if (!printer) return () => USE_BROWSER;
      const saved = await printer.savePdf(printJob(db, request));
      return () => (saved ? { outcome: 'saved', path: saved.path } : { outcome: 'cancelled', path: null });
    },
    'printouts.exportToPrinter': async (request) => {
      if (!printer) return () => USE_BROWSER;
      const printed = await printer.print(printJob(db, request));
      return () => ({ outcome: printed ? 'printed' : 'cancelled', path: null });
    },
  } satisfies PrintHandlers;
}
