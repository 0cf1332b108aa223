import { isApiResult, type ApiResult } from '../../../shared/api/errors';
import { buildApiSurface } from '../../../shared/api/surface';

const TOKEN_KEY = 'fasciamap.hostToken';

/**
 * In the browser host there is no preload: this builds the same `window.api` over HTTP to the
 * host's loopback server. The per-launch token arrives in the URL once and is kept for reloads.
 */
export function installBrowserBridge(): void {
  if (window.api) return;
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.href);
  }
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  window.api = buildApiSurface(async (name, input) => {
    const response = await fetch('/api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ name, input }),
    });
    const body: unknown = await response.json().catch(() => undefined);
    if (isApiResult(body)) return body;
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `The FasciaMap host answered ${response.status}` },
    } satisfies ApiResult<never>;
  });
}
