import type { AuditEntry, AuditFilter, AuditLine } from '../../../shared/api/audit';
import { describeAuditAction } from '../../../shared/api/audit-words';
import type { Handlers } from '../../../shared/api/handlers';
import { clientDisplayName } from '../../../shared/domain/client';
import { calendarDateOf, localDateTimeOf } from '../../../shared/domain/dates';
import { firstBrokenEntry } from '../audit/chain';
import {
  allAuditEntries,
  clientOfRecord,
  countAuditEntries,
  listAuditEntries,
  searchAuditEntries,
} from '../db/repositories/audit-log';
import { findClient } from '../db/repositories/clients';
import { findProfileHash } from '../db/repositories/profiles';
import type { ClinicDatabase } from '../db/open';
import { toCsv } from '../transfer/csv';
import type { ServicePorts } from './ports';

/** Stamps compared as stored: toISOString's form, whatever form the caller sent. */
function storedForm(filter: AuditFilter): AuditFilter {
  const stamp = (value?: string) => (value === undefined ? undefined : new Date(value).toISOString());
  return { ...filter, from: stamp(filter.from), until: stamp(filter.until) };
}

/**
 * Entries with names instead of ids. Names are looked up once a page; a deactivated therapist
 * keeps their name, a purged client's records name nobody.
 */
function readableLines(db: ClinicDatabase, entries: AuditEntry[]): AuditLine[] {
  const therapists = new Map<string, string | undefined>();
  const clients = new Map<string, string | undefined>();
  const therapistOf = (id: string) => {
    if (!therapists.has(id)) therapists.set(id, findProfileHash(db, id)?.displayName);
    return therapists.get(id);
  };
  const clientName = (recordId: string) => {
    if (!clients.has(recordId)) {
      const clientId = clientOfRecord(db, recordId);
      const client = clientId === undefined ? undefined : findClient(db, clientId);
      clients.set(recordId, client && clientDisplayName(client));
    }
    return clients.get(recordId);
  };
  return entries.map((entry) => {
    const name = entry.profileId === null ? undefined : therapistOf(entry.profileId);
    const names = entry.recordIds.map(clientName).filter((found) => found !== undefined);
    return {
      seq: entry.seq,
      at: entry.at,
      therapist:
        entry.profileId !== null && name !== undefined ? { id: entry.profileId, displayName: name } : null,
      action: entry.action,
      description: describeAuditAction(entry.action, entry.call),
      call: entry.call,
      clients: [...new Set(names)],
    };
  });
}

const CSV_COLUMNS = ['seq', 'local_time', 'utc', 'therapist', 'action', 'description', 'clients', 'call'];

export function auditHandlers({ db, auditCutOff, now }: ServicePorts) {
  return {
    'audit.list': ({ limit, beforeSeq }) => listAuditEntries(db, limit, beforeSeq),
    'audit.verify': () => {
      const firstBrokenSeq = firstBrokenEntry(allAuditEntries(db));
      const cutOff = auditCutOff();
      return {
        intact: firstBrokenSeq === null && cutOff === null,
        entries: countAuditEntries(db),
        firstBrokenSeq,
        cutOff,
      };
    },
    'audit.search': ({ limit, beforeSeq, ...filter }) => {
      // One more than the page, to know whether another page follows without counting them all.
      const entries = searchAuditEntries(db, storedForm(filter), { limit: limit + 1, beforeSeq });
      const page = entries.slice(0, limit);
      return {
        lines: readableLines(db, page),
        nextBeforeSeq: entries.length > limit ? page[page.length - 1]!.seq : null,
      };
    },
    'audit.export': (filter) => {
      const lines = readableLines(db, searchAuditEntries(db, storedForm(filter), { limit: -1 }));
      const rows = lines.map((line) => ({
        seq: line.seq,
        local_time: localDateTimeOf(new Date(line.at)).replace('T', ' '),
        utc: line.at,
        therapist: line.therapist?.displayName ?? '',
        action: line.action,
        description: line.description,
        clients: line.clients.join('; '),
        call: line.call,
      }));
      return {
        fileName: `fasciamap-audit-log-${calendarDateOf(now())}.csv`,
        mediaType: 'text/csv' as const,
        encoding: 'utf8' as const,
        content: toCsv(CSV_COLUMNS, rows),
      };
    },
  } satisfies Pick<Handlers, 'audit.list' | 'audit.verify' | 'audit.search' | 'audit.export'>;
}
