import type { ClientAlerts } from '../../../../shared/domain/client';

/**
 * What must never be missed, as badges. The absolute contraindication is red and says so in words
 * with a warning sign, so it does not rely on colour alone.
 */
export function ClientBadges({ alerts, compact = false }: { alerts: ClientAlerts; compact?: boolean }) {
  const absolute = alerts.absoluteContraindications;
  const badges = [
    absolute.length > 0 && (
      <li key="absolute" className="badge badge--danger">
        <span aria-hidden="true">⚠</span> Absolute contraindication: {absolute.join(', ')}
      </li>
    ),
    alerts.anticoagulants && (
      <li key="anticoagulants" className="badge badge--caution">
        <span aria-hidden="true">!</span> Anticoagulants
      </li>
    ),
    !compact && alerts.areasToAvoid && (
      <li key="avoid" className="badge badge--caution">
        Avoid: {alerts.areasToAvoid}
      </li>
    ),
    !compact && (
      <li key="tolerance" className="badge">
        Pressure tolerance: {alerts.tolerance ?? 'not recorded'}
      </li>
    ),
  ].filter(Boolean);
  if (badges.length === 0) return null;
  return (
    <ul className="badges" aria-label="Alerts">
      {badges}
    </ul>
  );
}
