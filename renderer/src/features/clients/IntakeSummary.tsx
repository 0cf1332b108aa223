import { describeBodySize } from '../../../../shared/domain/body-size';
import { describeRegions } from '../../../../shared/domain/plan/body-places';
import { toleranceRegionLabel } from '../../../../shared/domain/plan/tolerance-regions';
import type { Client } from '../../../../shared/domain/client';
import { contraindicationInfo } from '../../../../shared/domain/contraindications';
import { describePressure } from '../../../../shared/domain/pressure';
import { formatStamp } from '../../ui/format';
import { useAlgometerUnit } from '../settings/useAlgometerUnit';

const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : '—');

/** The intake at a glance, in the order a therapist reads it before a session. */
export function IntakeSummary({ client }: { client: Client }) {
  const unit = useAlgometerUnit();
  const contraindications = [
    ...client.contraindications.map((item) => ({
      ...item,
      ...contraindicationInfo(item.code),
      name: contraindicationInfo(item.code).label,
    })),
    ...client.otherContraindications.map((item) => ({ ...item, regions: [] })),
  ];
  return (
    <section className="panel" aria-labelledby="intake-heading">
      <h2 id="intake-heading">Intake</h2>
      <dl className="facts">
        <dt>Phone</dt>
        <dd>{client.phone || '—'}</dd>
        <dt>Email</dt>
        <dd>{client.email || '—'}</dd>
        <dt>Consent to treatment</dt>
        <dd>{client.consentDate ?? 'Not recorded'}</dd>
        <dt>Height and weight</dt>
        <dd>{describeBodySize(client)}</dd>
        <dt>Conditions</dt>
        <dd>{list(client.conditions)}</dd>
        <dt>Medications</dt>
        <dd>{list(client.medications)}</dd>
        <dt>Goals</dt>
        <dd className="prose">{client.goals || '—'}</dd>
        <dt>Contraindications</dt>
        <dd>
          {contraindications.length === 0 ? (
            'None recorded'
          ) : (
            <ul className="plain-list">
              {contraindications.map((item) => (
                <li key={item.name}>
                  <strong>{item.name}</strong>
                  {item.absolute ? ' (absolute)' : ''}
                  {item.note && ` — ${item.note}`}
                  {item.regions.length > 0 && ` (in ${describeRegions(item.regions)})`}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Areas to avoid</dt>
        <dd>
          {client.areasToAvoid.length === 0 ? (
            '—'
          ) : (
            <ul className="plain-list">
              {client.areasToAvoid.map((area, index) => (
                <li key={index}>
                  {[area.regions.length > 0 ? describeRegions(area.regions) : 'Not placed yet', area.note]
                    .filter(Boolean)
                    .join(': ')}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Pressure preferences</dt>
        <dd className="prose">{client.pressurePreferences || '—'}</dd>
        <dt>Pressure tolerance</dt>
        <dd>
          <ul className="plain-list">
            <li>
              Default:{' '}
              {client.toleranceDefault
                ? `${describePressure(client.toleranceDefault, unit)} (measured ${client.toleranceDefault.measuredOn})`
                : 'not recorded'}
            </li>
            {client.toleranceByRegion.map((item) => (
              <li key={item.region}>
                {toleranceRegionLabel(item.region)}: {describePressure(item.level, unit)} (measured{' '}
                {item.level.measuredOn})
              </li>
            ))}
          </ul>
          {client.toleranceHistory.length > 0 && (
            <details>
              <summary>History of tolerance changes</summary>
              <ul className="plain-list">
                {client.toleranceHistory.map((change) => (
                  <li key={`${change.region}-${change.recordedAt}-${describePressure(change.level, unit)}`}>
                    {change.region ? toleranceRegionLabel(change.region) : 'Default'}:{' '}
                    {describePressure(change.level, unit)} measured {change.level.measuredOn}, recorded{' '}
                    {formatStamp(change.recordedAt)}
                    {change.supersededAt ? `, replaced ${formatStamp(change.supersededAt)}` : ' (current)'}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </dd>
      </dl>
    </section>
  );
}
