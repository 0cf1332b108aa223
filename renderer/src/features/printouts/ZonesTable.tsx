import type { PrintZone } from '../../../../shared/domain/printout';
import { printedMinutes } from './format';

/**
 * The zones worked, in session order. Each row is kept whole on one page (print.css), and the
 * header row repeats on every page the table runs onto.
 */
export function ZonesTable({ zones }: { zones: readonly PrintZone[] }) {
  if (zones.length === 0) return <p className="print-muted">No zones were planned for this session.</p>;
  return (
    <table className="print-table print-zones">
      <caption className="visually-hidden">Zones worked, in session order</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Zone</th>
          <th scope="col">Technique</th>
          <th scope="col">Pressure planned / used</th>
          <th scope="col">Tolerance</th>
          <th scope="col">Hold planned / actual</th>
          <th scope="col">Response</th>
        </tr>
      </thead>
      <tbody>
        {zones.map((zone) => (
          <tr key={zone.order} className={zone.aboveTolerance ? 'is-flagged' : undefined}>
            <td>{zone.order}</td>
            <td>{zone.structure}</td>
            <td>{zone.technique}</td>
            <td>
              {zone.pressurePlanned} / {zone.pressureUsed ?? '—'}
              {zone.aboveTolerance && <span className="print-flag-note">▲ above tolerance</span>}
            </td>
            <td>{zone.tolerance ?? 'Not recorded'}</td>
            <td>
              {printedMinutes(zone.holdPlannedMinutes)} / {printedMinutes(zone.holdActualMinutes)}
              {zone.holdInterrupted && <span className="print-flag-note">interrupted by the lock</span>}
            </td>
            <td>{zone.response || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
