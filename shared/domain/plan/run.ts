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
  recordedAt: z.string(),
});
export type ZoneRun = z.infer<typeof ZoneRun>;

/** "4 min 05 s": the hold as the therapist reads it. */
export function formatHold(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const minutes = Math.floor(whole / 60);
  return `${minutes} min ${String(whole % 60).padStart(2, '0')} s`;
}
