import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/api/backups';
import { ApiFailure } from '../../../shared/api/errors';
import { headBesideBackup } from '../audit/head';
import { backupName, listBackups } from '../backups/files';
import type { SealingKey } from '../sealed-files/keys';
import { sealedRefusal } from '../sealed-files/refusal';
import { openSealedFile, sealFile } from '../sealed-files/seal';

/** What createBackup calls to encrypt its finished copy with the key held in memory. */
export function sealWith(key: SealingKey) {
  return (plainCopy: string, sealedFile: string) => sealFile(plainCopy, sealedFile, key);
}

/** Sealed copies of the waiting plain backups, written but not yet put in place. */
export interface WaitingSeals {
  /** Puts each sealed copy in place of its plain backup; how many were sealed. Synchronous. */
  commit: () => number;
}

/**
 * Seals every plain backup in the folder (made before the passphrase was set, or while nobody had
 * entered it this run) to a copy beside it, the slow part. Only `commit`, run once the passphrase
 * is saved, swaps the copies in and removes the plain files, so a call that fails changes no
 * backup. A copy left by a call that failed is replaced by the next one.
 */
export async function sealWaitingBackups(folder: string, key: SealingKey): Promise<WaitingSeals> {
  const sealed: { plain: string; copy: string; target: string }[] = [];
  for (const backup of listBackups(folder).filter((candidate) => !candidate.encrypted)) {
    const plain = join(folder, backup.name);
    const target = join(folder, backupName(new Date(backup.createdAt), backup.reason, true));
    const copy = `${target}${WAITING_COPY}`;
    rmSync(copy, { force: true });
    try {
      await sealFile(plain, copy, key);
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') continue;
      throw error;
    }
    sealed.push({ plain, copy, target });
  }
  return {
    commit: () => {
      for (const { plain, copy, target } of sealed) {
        renameSync(copy, target);
        rmSync(plain, { force: true });
        // The audit head recorded with the backup stays with it, so its restore is still checked.
        if (existsSync(headBesideBackup(plain)))
          renameSync(headBesideBackup(plain), headBesideBackup(target));
      }
      return sealed.length;
    },
  };
}

/** A sealed copy waiting for its call to commit; never a backup name, so never listed. */
const WAITING_COPY = '.waiting';

/**
 * Runs `use` on the backup as a plain SQLite file: the file itself, or for an encrypted one, a
 * temporary file beside it (not a backup name, so never listed) opened with the passphrase and
 * removed afterwards. A wrong passphrase or a damaged file is refused before `use` runs, so the
 * clinic's file is never touched, and leaves nothing behind.
 */
export async function withPlainBackup<T>(
  folder: string,
  backup: BackupInfo,
  passphrase: string | undefined,
  use: (plainFile: string) => T,
): Promise<T> {
  if (!backup.encrypted) return use(join(folder, backup.name));
  if (passphrase === undefined || passphrase === '') {
    throw new ApiFailure('VALIDATION', 'This backup is encrypted: enter the clinic passphrase to restore it');
  }
  const file = join(folder, `${backup.name}.opening`);
  // Checking the copy read-only leaves SQLite's WAL companions beside it; they go with it.
  const discard = () => ['', '-wal', '-shm'].forEach((suffix) => rmSync(file + suffix, { force: true }));
  // A copy left by a crash mid-restore is replaced, not refused.
  discard();
  try {
    await openSealedFile(join(folder, backup.name), file, passphrase);
  } catch (error) {
    throw sealedRefusal(error, 'restored', 'CONFLICT');
  }
  try {
    return use(file);
  } finally {
    discard();
  }
}
