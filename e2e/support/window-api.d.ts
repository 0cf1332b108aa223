import type { ApiSurface } from '../../shared/api/surface';

// Tests call the same `window.api` the renderer uses (preload in Electron, bridge in the browser host).
declare global {
  interface Window {
    api?: ApiSurface;
  }
}
