import { useSyncExternalStore } from 'react';
import { WPI_AREAS, type WpiArea } from '../../../shared/domain/outcomes/widespread-pain';
import { printRoute } from '../../../shared/domain/printout';
import { parsePrintRoute, type PrintRouteRequest } from '../features/printouts/print-route';

/** The app's places, addressed by the URL hash so Electron never navigates away from its page. */
export type Route =
  | { place: 'today' }
  | { place: 'clients' }
  | { place: 'new-client' }
  | { place: 'client'; clientId: string }
  | { place: 'edit-client'; clientId: string }
  | { place: 'new-course'; clientId: string }
  | {
      place: 'new-assessment';
      clientId: string;
      courseId: string;
      position: number | null;
      /** WPI areas the session's pain map touches, offered for the therapist to confirm. */
      painMapAreas?: WpiArea[];
    }
  | { place: 'session'; sessionId: string }
  | { place: 'session-plan'; sessionId: string }
  | { place: 'settings' }
  | { place: 'model' }
  | { place: 'print'; request: PrintRouteRequest };

export function parseRoute(hash: string): Route {
  const print = parsePrintRoute(hash);
  if (print) return { place: 'print', request: print };
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  const [first, second, third, fourth] = parts;
  if (first === 'clients' && second === 'new') return { place: 'new-client' };
  if (first === 'clients' && second && third === 'edit') return { place: 'edit-client', clientId: second };
  if (first === 'clients' && second && third === 'courses' && fourth === 'new') {
    return { place: 'new-course', clientId: second };
  }
  if (
    first === 'clients' &&
    second &&
    third === 'courses' &&
    fourth &&
    parts[4] === 'assessments' &&
    parts[5]
  ) {
    const position = parts[5] === 'new' ? null : Number(parts[5]);
    if (position === null || Number.isInteger(position)) {
      const painMapAreas = painMapAreasOf(query);
      return {
        place: 'new-assessment',
        clientId: second,
        courseId: fourth,
        position,
        ...(painMapAreas && { painMapAreas }),
      };
    }
  }
  if (first === 'clients' && second) return { place: 'client', clientId: second };
  if (first === 'clients') return { place: 'clients' };
  if (first === 'sessions' && second && third === 'plan') return { place: 'session-plan', sessionId: second };
  if (first === 'sessions' && second) return { place: 'session', sessionId: second };
  if (first === 'settings') return { place: 'settings' };
  if (first === 'model') return { place: 'model' };
  return { place: 'today' };
}

/** `wpi=jaw_L,neck` from the session plan: only known WPI ids are kept. */
function painMapAreasOf(query: string): WpiArea[] | undefined {
  const listed = new URLSearchParams(query).get('wpi');
  if (!listed) return undefined;
  return listed.split(',').filter((id): id is WpiArea => (WPI_AREAS as readonly string[]).includes(id));
}

export function hrefFor(route: Route): string {
  switch (route.place) {
    case 'today':
      return '#/today';
    case 'clients':
      return '#/clients';
    case 'new-client':
      return '#/clients/new';
    case 'client':
      return `#/clients/${route.clientId}`;
    case 'edit-client':
      return `#/clients/${route.clientId}/edit`;
    case 'new-course':
      return `#/clients/${route.clientId}/courses/new`;
    case 'new-assessment':
      return (
        `#/clients/${route.clientId}/courses/${route.courseId}/assessments/${route.position ?? 'new'}` +
        (route.painMapAreas?.length ? `?wpi=${route.painMapAreas.join(',')}` : '')
      );
    case 'session':
      return `#/sessions/${route.sessionId}`;
    case 'session-plan':
      return `#/sessions/${route.sessionId}/plan`;
    case 'settings':
      return '#/settings';
    case 'model':
      return '#/model';
    case 'print':
      return `#${printRoute(route.request)}`;
  }
}

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
