import type { ExportedFile } from '../../../../shared/api/transfer';

/** Offers a file main produced as a download; the therapist chooses where it goes. */
export function download(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  URL.revokeObjectURL(url);
}
