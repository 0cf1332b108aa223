import { describeRegions } from '../../../../shared/domain/plan/body-places';
import type { SessionNote } from '../../../../shared/domain/session';

const SORENESS_WORDS = {
  none: 'No soreness',
  mild: 'Mild soreness',
  moderate: 'Moderate soreness',
  severe: 'Severe soreness',
} as const;

/**
 * What the client reported since the last session, as the note records it: "Moderate soreness,
 * with a flare, in the Lower back (client's left)". Mild soreness is printed too: the next plan
 * leaves it be (see `flareReportOf`), but the chart is the whole record. Null when the note does
 * not say, so the page can tell "not asked" from "none".
 */
export function sorenessReport(
  note: Pick<SessionNote, 'soreness' | 'flare' | 'sorenessRegions'>,
): string | null {
  if (note.soreness === null && !note.flare) return null;
  const parts = [
    note.soreness === null ? 'A flare' : SORENESS_WORDS[note.soreness],
    ...(note.soreness === null ? [] : [note.flare ? 'with a flare' : 'no flare']),
    ...(note.sorenessRegions.length > 0 ? [`in the ${describeRegions(note.sorenessRegions)}`] : []),
  ];
  return parts.join(', ');
}
