/** What to do when the page tries to go to a URL. */
export type NavigationDecision = 'stay' | 'open-in-browser' | 'deny';

/**
 * The app never leaves its own page: in-app routes use the hash, so any real navigation is either
 * a link to the web (opened in the system browser) or something to refuse.
 */
export function decideNavigation(target: string, appUrl: string): NavigationDecision {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return 'deny';
  }
  const app = new URL(appUrl);
  const samePage =
    app.protocol === 'file:'
      ? url.protocol === 'file:' && url.pathname === app.pathname
      : url.origin === app.origin && url.pathname === app.pathname;
  if (samePage) return 'stay';
  if (url.protocol === 'https:' || url.protocol === 'http:') return 'open-in-browser';
  return 'deny';
}
