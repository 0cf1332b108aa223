import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { databasePath } from '../core/data-dir';
import { openClinicDatabase } from '../core/db/open';
import { generateClinic } from './generate-clinic';

/** `tsx electron/test-support/seed-cli.ts --data-dir DIR --clients N [--sessions N] [--seed N]` */
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    clients: { type: 'string', default: '500' },
    sessions: { type: 'string', default: '0' },
    seed: { type: 'string', default: '1' },
  },
});
if (!values['data-dir']) {
  console.error('--data-dir is required');
  process.exit(2);
}
const db = openClinicDatabase(databasePath(resolve(values['data-dir'])));
try {
  const result = generateClinic(db, {
    clients: Number(values.clients),
    sessionsPerClient: Number(values.sessions),
    seed: Number(values.seed),
  });
  console.log(`Seeded ${result.clientIds.length} clients and ${result.sessionCount} sessions`);
} finally {
  db.close();
}
