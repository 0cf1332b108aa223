import { buildWholeBody } from '../wholeBody';
import { encodeBodyAsset } from './encode';

/**
 * Builds the whole model off the UI thread when the prebuilt asset cannot be used, and hands it
 * back as the bytes of an asset (transferred, not copied), read the same way as the file.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<null>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = () => {
  const bytes = encodeBodyAsset(buildWholeBody());
  scope.postMessage(bytes.buffer, [bytes.buffer]);
};
