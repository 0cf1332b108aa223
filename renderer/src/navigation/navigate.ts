import { useSyncExternalStore } from 'react';
import { hrefFor, parseRoute, type Route } from './routes';

/** Whatever follows the address (useRoute), told at once when the app itself moves. */
const followers = new Set<() => void>();

/**
 * Moves to `route` and re-renders within the same event. The browser reports a new hash only a
 * task later (hashchange); until then a control whose value is the address, such as the print
 * view's "Include scores" box, would be put back to its old value by React and then flip.
 */
export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
  for (const follower of followers) follower();
}

function subscribe(onChange: () => void): () => void {
  followers.add(onChange);
  // The hash also changes without the app: the back button, a link, an address typed in.
  window.addEventListener('hashchange', onChange);
  return () => {
    followers.delete(onChange);
    window.removeEventListener('hashchange', onChange);
  };
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
