import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { ATLAS_VERSION } from '../shared/anatomy';
import { encodeBodyAsset } from '../renderer/src/scene/model/asset/encode';
import { buildWholeBody } from '../renderer/src/scene/model/wholeBody';

const MODULE_ID = 'virtual:body-asset';
const RESOLVED_ID = `\0${MODULE_ID}`;
/** The dev server's address for it: generated on first request, kept while the server runs. */
const DEV_PATH = `body-a${ATLAS_VERSION}.bin`;

/**
 * Generates the body model once per build into `assets/body-a<atlas version>-<content hash>.bin`
 * (layout in `renderer/src/scene/model/asset/layout.ts`), so the app reads typed arrays instead of
 * building the model on every start. The renderer imports the asset's page-relative path from
 * `virtual:body-asset`. The dev server serves the same bytes at `/body-a<atlas version>.bin`.
 */
export function bodyAssetPlugin(): Plugin {
  let bytes: Uint8Array | null = null;
  const asset = () => (bytes ??= encodeBodyAsset(buildWholeBody()));
  let serving = false;
  return {
    name: 'fasciamap-body-asset',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(source) {
      return source === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (serving) return `export default ${JSON.stringify(DEV_PATH)};`;
      const hash = createHash('sha256').update(asset()).digest('hex').slice(0, 12);
      const fileName = `assets/body-a${ATLAS_VERSION}-${hash}.bin`;
      this.emitFile({ type: 'asset', fileName, source: asset() });
      return `export default ${JSON.stringify(fileName)};`;
    },
    configureServer(server) {
      server.middlewares.use(`/${DEV_PATH}`, (_request, response) => {
        response.setHeader('Content-Type', 'application/octet-stream');
        response.end(asset());
      });
    },
  };
}
