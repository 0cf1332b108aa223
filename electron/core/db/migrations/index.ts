import { clientsMigration } from './001-clients';
import { accessAuditMigration } from './002-access-audit';
import { clinicalRecordsMigration } from './003-clinical-records';
import { outcomesMigration } from './004-outcomes';
import { sessionMapMigration } from './005-session-map';
import { paperSizeMigration } from './006-paper-size';
import { clinicPassphraseMigration } from './007-clinic-passphrase';
import { flagAcknowledgementsMigration } from './008-flag-acknowledgements';
import { bodyPlacesMigration } from './009-body-places';
import { chartingMigration } from './010-charting';
import { clinicStaffMigration } from './011-clinic-staff';
import { bodySizeMigration } from './012-body-size';
import { clinicPhoneMigration } from './013-clinic-phone';
import { clientSearchMigration } from './014-client-search';
import { sessionLineMigration } from './015-session-line';
import type { Migration } from './types';

/** Every migration in order; the database's `user_version` is the number of the last one applied. */
export const MIGRATIONS: readonly Migration[] = [
  clientsMigration,
  accessAuditMigration,
  clinicalRecordsMigration,
  outcomesMigration,
  sessionMapMigration,
  paperSizeMigration,
  clinicPassphraseMigration,
  flagAcknowledgementsMigration,
  bodyPlacesMigration,
  chartingMigration,
  clinicStaffMigration,
  bodySizeMigration,
  clinicPhoneMigration,
  clientSearchMigration,
  sessionLineMigration,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
