import type { Handlers } from '../../../shared/api/handlers';
import { clientAlerts, type ClientAlerts } from '../../../shared/domain/client';
import { addDays, calendarDateOf } from '../../../shared/domain/dates';
import { findClient } from '../db/repositories/clients';
import { readSettings } from '../db/repositories/settings';
import { sessionsBetween, unsignedSessions, type SessionListRow } from '../db/repositories/today';
import type { ServicePorts } from './ports';

export function todayHandlers({ db, now }: ServicePorts) {
  return {
    'today.overview': () => {
      const date = calendarDateOf(now());
      // Each client's alerts are worked out once, however many of their sessions are listed.
      const alerts = new Map<string, ClientAlerts>();
      const unit = readSettings(db).algometerUnit;
      const withAlerts = (row: SessionListRow) => {
        if (!alerts.has(row.clientId))
          alerts.set(row.clientId, clientAlerts(findClient(db, row.clientId)!, unit));
        return { ...row, alerts: alerts.get(row.clientId)! };
      };
      return {
        date,
        sessions: sessionsBetween(db, date, addDays(date, 1)).map(withAlerts),
        unsigned: unsignedSessions(db).map(withAlerts),
      };
    },
  } satisfies Pick<Handlers, 'today.overview'>;
}
