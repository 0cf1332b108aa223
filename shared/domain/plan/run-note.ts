import { describePlannedPressure } from './planned-pressure';
import type { SessionPlan } from './records';
import { CLIENT_RESPONSES, describeLoggedHold } from './run';
import { zoneName } from './zones';

const RESPONSE_LABELS = new Map<string, string>(
  CLIENT_RESPONSES.map((response) => [response.id, response.label]),
);

const minutes = (value: number) => `${value} min`;

/**
 * The objective / treatment part of the note as the run recorded it: each zone worked, in session
 * order, with its technique, the pressure used, the hold and the client's response, and what was
 * planned where it differs. It is offered as text the therapist edits, never as a record of its
 * own. Zones with nothing logged are left out (they were not worked); no run at all gives "".
 */
export function treatmentFromRun(plan: Pick<SessionPlan, 'zones' | 'runs' | 'techniques'>): string {
  const techniques = new Map(plan.techniques.map((technique) => [technique.id, technique.name]));
  const runs = new Map(plan.runs.map((run) => [run.zoneId, run]));
  const worked = [...plan.zones]
    .sort((a, b) => a.position - b.position)
    .flatMap((zone) => {
      const run = runs.get(zone.id);
      if (!run || (run.holdSeconds === null && run.pressureUsed === null && run.response === null)) return [];
      const planned = describePlannedPressure(zone.body.pressure);
      const used = run.pressureUsed ? describePlannedPressure(run.pressureUsed) : null;
      const parts = [
        used === null
          ? `pressure not logged (planned ${planned})`
          : used === planned
            ? `${used} pressure`
            : `${used} pressure (planned ${planned})`,
        run.holdSeconds === null
          ? `hold not timed (planned ${minutes(zone.body.holdMinutes)})`
          : `held ${describeLoggedHold(run)} (planned ${minutes(zone.body.holdMinutes)})`,
        ...(run.response ? [`response: ${RESPONSE_LABELS.get(run.response)!.toLowerCase()}`] : []),
      ];
      const technique = techniques.get(zone.body.techniqueId) ?? zone.body.techniqueId;
      return [`${zoneName(zone.body)}: ${technique.toLowerCase()}, ${parts.join(', ')}.`];
    });
  if (worked.length === 0) return '';
  return ['Treated, in session order:', ...worked.map((line, index) => `${index + 1}. ${line}`)].join('\n');
}
