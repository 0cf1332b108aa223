import type { ExportedFile } from '../../../../shared/api/transfer';

/** An encrypted export arrives as base64: its bytes are what the file must hold. */
function bytesOf(file: ExportedFile): BlobPart {
  if (file.encoding === 'utf8') return file.content;
  const binary = atob(file.content);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Offers a file main produced as a download; the therapist chooses where it goes. */
export function download(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([bytesOf(file)], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** A chosen file's bytes as base64, to send an encrypted export to main. */
export async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: one String.fromCharCode call with millions of arguments overflows the stack.
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
}
