/**
 * The first bytes of every file FasciaMap seals (encrypted backups and exports), so the renderer can
 * tell an encrypted export from a plain one and ask for its passphrase before sending it.
 */
export const SEALED_FILE_MAGIC = 'FASCIAMAP-SEALED';

/** Encrypted backups and exports end in this, after what they hold (`.sqlite.sealed`, `.json.sealed`). */
export const SEALED_EXTENSION = '.sealed';

export function startsLikeSealedFile(bytes: Uint8Array): boolean {
  if (bytes.length < SEALED_FILE_MAGIC.length) return false;
  for (let index = 0; index < SEALED_FILE_MAGIC.length; index += 1) {
    if (bytes[index] !== SEALED_FILE_MAGIC.charCodeAt(index)) return false;
  }
  return true;
}
