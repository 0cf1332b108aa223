/**
 * Decides whether an IPC message comes from the app's own page. Only the top-level frame of a
 * page loaded from the app's origin may call main: an iframe or a page that somehow navigated
 * elsewhere may not.
 */
export interface SenderFrame {
  url: string;
  isTopLevel: boolean;
}

export function isTrustedSender(frame: SenderFrame | null | undefined, appUrl: string): boolean {
  if (!frame || !frame.isTopLevel) return false;
  let sender: URL;
  let app: URL;
  try {
    sender = new URL(frame.url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (app.protocol === 'file:') {
    // A file:// origin is opaque: compare the exact page, ignoring the hash route.
    return sender.protocol === 'file:' && sender.pathname === app.pathname;
  }
  return sender.origin === app.origin;
}
