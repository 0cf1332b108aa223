import type { EnvelopeInput } from './buildStructures';
import { buildEnvelope } from './envelope';

/** Builds the superficial fascia envelope off the UI thread; buffers are transferred, not copied. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<EnvelopeInput>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const mesh = buildEnvelope(event.data);
  scope.postMessage(mesh, [mesh.positions.buffer, mesh.normals.buffer, mesh.uvs.buffer, mesh.indices.buffer]);
};
