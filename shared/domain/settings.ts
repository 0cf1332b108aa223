import { z } from 'zod';
import { Timestamp, shortText } from './common';

/** The clinic's own details; the therapist's name signs notes and addenda until profiles exist. */
export const ClinicSettingsInput = z.strictObject({
  clinicName: shortText('Clinic name', 120),
  therapistName: shortText('Therapist name', 120),
});
export type ClinicSettingsInput = z.input<typeof ClinicSettingsInput>;

export const ClinicSettings = z.strictObject({
  clinicName: z.string(),
  therapistName: z.string(),
  updatedAt: Timestamp.nullable(),
});
export type ClinicSettings = z.infer<typeof ClinicSettings>;
