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
  /** Printed where a client is told to call; left out, it stays as it was; empty, there is none. */
  clinicPhone: shortText('Clinic phone', 40)
    .regex(/^[0-9+()./\- ]*$/, { message: 'A phone number has only digits, spaces and + ( ) - . /' })
    .optional(),
});
export type ClinicSettingsInput = z.input<typeof ClinicSettingsInput>;

export const ClinicSettings = z.strictObject({
  clinicName: z.string(),
  therapistName: z.string(),
  /** The paper printouts are laid out for. */
  paperSize: PaperSize,
  /** How the clinic's algometer reads; readings are stored in kg/cm² whatever it is. */
  algometerUnit: AlgometerUnit,
  /** The clinic's phone number as it is dialled; empty when none was given. */
  clinicPhone: z.string(),
  updatedAt: Timestamp.nullable(),
});
export type ClinicSettings = z.infer<typeof ClinicSettings>;
