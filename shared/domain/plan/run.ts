import { z } from 'zod';
import { PlannedPressure } from './planned-pressure';

/** What the client showed during a hold, entered with one tap while the hands are busy. */
export const CLIENT_RESPONSES = [
  { id: 'released', label: 'Release felt' },
  { id: 'softening', label: 'Softening' },
  { id: 'no_change', label: 'No change' },
  { id: 'tender', label: 'Tender' },
  { id: 'guarding', label: 'Guarding: eased off' },
] as const;
export type ClientResponse = (typeof CLIENT_RESPONSES)[number]['id'];
const RESPONSE_IDS = CLIENT_RESPONSES.map((response) => response.id) as [ClientResponse, ...ClientResponse[]];

/**
 * What actually happened at one zone: the hold as timed, the pressure used, the client's response.
 * Each is entered on its own tap, so a field left out keeps what was saved (null clears it).
 */
export const ZoneRunInput = z.strictObject({
  holdSeconds: z.int().min(0).max(14_400).nullable().optional(),
  pressureUsed: PlannedPressure.nullable().optional(),
  response: z.enum(RESPONSE_IDS).nullable().optional(),
});
export type ZoneRunInput = z.input<typeof ZoneRunInput>;

export const ZoneRun = z.strictObject({
  zoneId: z.string(),
  holdSeconds: z.int().nullable(),
  pressureUsed: PlannedPressure.nullable(),
  response: z.enum(RESPONSE_IDS).nullable(),
  /** The hold was logged because the lock cut it short, with the time held until then. */
  interrupted: z.boolean(),
  recordedAt: z.string(),
});
export type ZoneRun = z.infer<typeof ZoneRun>;

/** The zone the run screen shows and its hold as it stands now: seconds held, and whether it is running. */
export const RunPosition = z.strictObject({
  zoneId: z.string(),
  heldSeconds: z.number().min(0),
  running: z.boolean(),
});
export type RunPosition = z.infer<typeof RunPosition>;

/** "4 min 05 s, interrupted by the lock": a logged hold as the run list and the printout say it. */
export function describeLoggedHold(run: Pick<ZoneRun, 'holdSeconds' | 'interrupted'>): string | null {
  if (run.holdSeconds === null) return null;
  return `${formatHold(run.holdSeconds)}${run.interrupted ? ', interrupted by the lock' : ''}`;
}

/** "4 min 05 s": the hold as the therapist reads it. */
export function formatHold(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const minutes = Math.floor(whole / 60);
  return `${minutes} min ${String(whole % 60).padStart(2, '0')} s`;
}
