import { z } from 'zod';
import { Timestamp, shortText } from './common';
import { AlgometerUnit } from './algometer-units';
import { PaperSize } from './printout';

/** The clinic's own details; the therapist's name signs notes and addenda until profiles exist. */
export const ClinicSettingsInput = z.strictObject({
  clinicName: shortText('Clinic name', 120),
  therapistName: shortText('Therapist name', 120),
  /** Left out, the paper stays as it was: a form that does not show it cannot reset it. */
  paperSize: PaperSize.optional(),
  /** Left out, the unit stays as it was, like the paper. */
  algometerUnit: AlgometerUnit.optional(),
});
export type ClinicSettingsInput = z.input<typeof ClinicSettingsInput>;

export const ClinicSettings = z.strictObject({
  clinicName: z.string(),
  therapistName: z.string(),
  /** The paper printouts are laid out for. */
  paperSize: PaperSize,
  /** How the clinic's algometer reads; readings are stored in kg/cm² whatever it is. */
  algometerUnit: AlgometerUnit,
  updatedAt: Timestamp.nullable(),
});
export type ClinicSettings = z.infer<typeof ClinicSettings>;
