/**
 * The printing calls, in their own list so this area grows without touching the other areas'
 * lines of `names.ts`. The verbs matter: `get` reads and `export…` hands records out, which is
 * how the audit log and the read-only gate classify them.
 */
export const PRINT_CALL_NAMES = [
  'printouts.get',
  'printouts.exportPdf',
  'printouts.exportToPrinter',
] as const;
