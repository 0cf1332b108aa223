import { useSyncExternalStore } from 'react';

/** The app's places, addressed by the URL hash so Electron never navigates away from its page. */
export type Route =
  { place: 'clients' } | { place: 'new-client' } | { place: 'client'; clientId: string } | { place: 'model' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'clients' && parts[1] === 'new') return { place: 'new-client' };
  if (parts[0] === 'clients' && parts[1]) return { place: 'client', clientId: parts[1] };
  if (parts[0] === 'model') return { place: 'model' };
  return { place: 'clients' };
}

export function hrefFor(route: Route): string {
  switch (route.place) {
    case 'clients':
      return '#/clients';
    case 'new-client':
      return '#/clients/new';
    case 'client':
      return `#/clients/${route.clientId}`;
    case 'model':
      return '#/model';
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
