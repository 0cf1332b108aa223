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
