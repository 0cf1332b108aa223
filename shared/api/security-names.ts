/**
 * The calls of the access, audit, backup, encryption and transfer areas, kept in their own list so the areas
 * can grow without touching the other engineers' lines of `names.ts`.
 */
export const SECURITY_CALL_NAMES = [
  'access.status',
  'access.createProfile',
  'access.unlock',
  'access.lock',
  'access.activity',
  'access.setIdleLock',
  'audit.list',
  'audit.verify',
  'backups.list',
  'backups.create',
  'backups.restore',
  'encryption.status',
  'encryption.setPassphrase',
  'encryption.enterPassphrase',
  'transfer.exportClinic',
  'transfer.exportClient',
  'transfer.exportCsv',
  'transfer.importFile',
] as const;

/** The only calls answered while the app is locked: enough to see who may unlock, and to unlock. */
export const OPEN_WHILE_LOCKED: readonly string[] = [
  'access.status',
  'access.unlock',
  'access.createProfile',
];

/**
 * Answered without unlocking when the database failed its start-up check: a damaged file may not
 * even be able to check a passphrase, and restoring only swaps in the clinic's own backup (the
 * damaged file is kept aside).
 */
export const OPEN_IN_RECOVERY: readonly string[] = [...OPEN_WHILE_LOCKED, 'backups.list', 'backups.restore'];
