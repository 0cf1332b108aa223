import { createHash } from 'node:crypto';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from '../../core/transfer/format';
import { SCHEMA_VERSION } from '../../core/db/migrations';

export const BATCH_SESSIONS = 4;
export const BATCH_MEASURES = 2;

/** A UUID derived from a label, so the parent can name the batch's records without being told. */
function uuidFrom(label: string): string {
  const hex = createHash('sha256').update(label).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const STAMP = '2026-03-01T10:00:00.000Z';

/**
 * One import that writes a client, several sessions, an assessment and its measures: a single
 * transaction of many rows, so a kill in its middle would show up as a partial batch.
 */
export function batchDocument(label: string): { clientId: string; document: unknown } {
  const clientId = uuidFrom(`client ${label}`);
  const assessmentId = uuidFrom(`assessment ${label}`);
  const sessions = Array.from({ length: BATCH_SESSIONS }, (_, index) => ({
    id: uuidFrom(`session ${label} ${index}`),
    client_id: clientId,
    starts_at: '2026-03-01T10:00',
    planned_minutes: 60,
    status: 'planned',
    created_at: STAMP,
    updated_at: STAMP,
  }));
  const measures = Array.from({ length: BATCH_MEASURES }, (_, position) => ({
    assessment_id: assessmentId,
    position,
    kind: 'pain_current',
    score: position + 3,
    lower_is_better: 1,
  }));
  return {
    clientId,
    document: {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: STAMP,
      scope: { kind: 'client', clientId },
      tables: {
        clients: [
          {
            id: clientId,
            given_name: label,
            family_name: 'Batch',
            date_of_birth: '1980-01-01',
            created_at: STAMP,
            updated_at: STAMP,
          },
        ],
        sessions,
        outcome_assessments: [
          { id: assessmentId, client_id: clientId, taken_on: '2026-03-01', entries: '[]', created_at: STAMP },
        ],
        outcome_measures: measures,
      },
    },
  };
}
