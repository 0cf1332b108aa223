import type { ReactNode } from 'react';
import { clientAlerts, clientDisplayName, type Client } from '../../../../shared/domain/client';
import { ageOn, calendarDateOf } from '../../../../shared/domain/dates';
import { hrefFor } from '../../navigation/routes';
import { useAlgometerUnit } from '../settings/useAlgometerUnit';
import { ClientBadges } from './ClientBadges';

/**
 * The client's name, age and alerts, at the top of every screen about them. `title` replaces the
 * name as the screen's heading when the screen is about something of theirs (a session, a course).
 */
export function ClientHeader({
  client,
  title,
  actions,
}: {
  client: Client;
  title?: string;
  actions?: ReactNode;
}) {
  const name = clientDisplayName(client);
  const unit = useAlgometerUnit();
  return (
    <header className="client-header">
      <div className="client-header__top">
        <div>
          {title ? (
            <>
              <p className="client-header__context">
                <a href={hrefFor({ place: 'client', clientId: client.id })}>{name}</a> ·{' '}
                {ageOn(client.dateOfBirth, calendarDateOf(new Date()))} years
              </p>
              <h1>{title}</h1>
            </>
          ) : (
            <>
              <h1>{name}</h1>
              <p className="client-header__context">
                {ageOn(client.dateOfBirth, calendarDateOf(new Date()))} years · born {client.dateOfBirth}
                {client.archivedAt && ' · archived'}
                {client.deletedAt && ' · deleted'}
              </p>
            </>
          )}
        </div>
        {actions && <div className="client-header__actions">{actions}</div>}
      </div>
      <ClientBadges alerts={clientAlerts(client, unit)} />
    </header>
  );
}
