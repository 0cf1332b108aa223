import type { Handlers } from '../../../shared/api/handlers';
import { firstBrokenEntry } from '../audit/chain';
import { allAuditEntries, countAuditEntries, listAuditEntries } from '../db/repositories/audit-log';
import type { ServicePorts } from './ports';

export function auditHandlers({ db, auditCutOff }: ServicePorts) {
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
  } satisfies Pick<Handlers, 'audit.list' | 'audit.verify'>;
}
