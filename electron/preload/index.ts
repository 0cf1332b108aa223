import { contextBridge, ipcRenderer } from 'electron';
import type { ApiResult } from '../../shared/api/errors';
import { API_CHANNEL } from '../../shared/api/names';
import { buildApiSurface } from '../../shared/api/surface';

/**
 * The only file in the renderer's reach that touches ipcRenderer. It exposes one named function per
 * contract call as `window.api`; nothing generic (no raw invoke, no channel names) crosses over.
 */
const api = buildApiSurface(
  (name, input) => ipcRenderer.invoke(API_CHANNEL, name, input) as Promise<ApiResult<unknown>>,
);

contextBridge.exposeInMainWorld('api', api);
