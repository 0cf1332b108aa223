import type { AlgometerUnit } from '../../../../shared/domain/algometer-units';
import type { PaperSize } from '../../../../shared/domain/printout';
import type { ClinicSettings } from '../../../../shared/domain/settings';
import type { ClinicDatabase } from '../open';

export function readSettings(db: ClinicDatabase): ClinicSettings {
  const row = db
    .prepare(
      'SELECT clinic_name, therapist_name, paper_size, algometer_unit, clinic_phone, updated_at FROM clinic_settings WHERE id = 1',
    )
    .get() as {
    clinic_name: string;
    therapist_name: string;
    paper_size: PaperSize;
    algometer_unit: AlgometerUnit;
    clinic_phone: string;
    updated_at: string | null;
  };
  return {
    clinicName: row.clinic_name,
    therapistName: row.therapist_name,
    paperSize: row.paper_size,
    algometerUnit: row.algometer_unit,
    clinicPhone: row.clinic_phone,
    updatedAt: row.updated_at,
  };
}

export function writeSettings(db: ClinicDatabase, settings: ClinicSettings): void {
  db.prepare(
    `UPDATE clinic_settings SET clinic_name = @clinicName, therapist_name = @therapistName,
       paper_size = @paperSize, algometer_unit = @algometerUnit, clinic_phone = @clinicPhone,
       updated_at = @updatedAt WHERE id = 1`,
  ).run(settings);
}
