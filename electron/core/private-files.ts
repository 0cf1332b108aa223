import { chmodSync, closeSync, mkdirSync, openSync, renameSync, writeFileSync } from 'node:fs';

/**
 * Health records are kept to the account that runs FasciaMap: files read and written by their owner
 * only, folders entered by their owner only. Each mode is given when the file or folder is created
 * (so it is never open to others, not even for a moment) and set again with chmod, because the
 * process umask can narrow a creation mode and an existing file keeps whatever mode it had.
 *
 * Windows has no POSIX modes: there chmod only sets or clears the read-only flag (these modes leave
 * it cleared), and the files are protected by the ACLs of the user profile they live in.
 */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

/** Creates the folder (and missing parents) when needed, and keeps it to its owner. */
export function privateFolder(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  chmodSync(path, PRIVATE_FOLDER_MODE);
}

/** Creates the file empty when it is missing (keeping its content when not), and keeps it to its owner. */
export function privateFile(path: string): void {
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  chmodSync(path, PRIVATE_FILE_MODE);
}

/** Keeps an existing file to its owner; a file that is not there (any more) is left so. */
export function privateIfPresent(path: string): void {
  try {
    chmodSync(path, PRIVATE_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * Replaces a small file's whole content, owner-only, through a temporary name renamed into place,
 * so a crash mid-write leaves the previous content rather than half of the new.
 */
export function writePrivateFile(path: string, content: string): void {
  const partial = `${path}.partial`;
  writeFileSync(partial, content, { mode: PRIVATE_FILE_MODE });
  chmodSync(partial, PRIVATE_FILE_MODE);
  renameSync(partial, path);
}
