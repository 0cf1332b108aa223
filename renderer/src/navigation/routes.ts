import { WPI_AREAS, type WpiArea } from '../../../shared/domain/outcomes/widespread-pain';
import { parsePrintRoute, printRoute, type PrintRouteRequest } from '../../../shared/domain/printout';

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
  | { place: 'correct-assessment'; clientId: string; assessmentId: string }
  | { place: 'session'; sessionId: string }
  | { place: 'session-plan'; sessionId: string }
  | { place: 'settings' }
  | { place: 'model' }
  | { place: 'print'; request: PrintRouteRequest };

export type Place = Route['place'];
type RouteAt<P extends Place> = Extract<Route, { place: P }>;

/** One row of the table: how a place is read from an address and written back as one. */
interface RouteRow<P extends Place> {
  place: P;
  /** The route at `address` (the hash without its `#`), or null when the address is not this place. */
  read(address: string): RouteAt<P> | null;
  write(route: RouteAt<P>): string;
}

type Params = Record<string, string>;

/**
 * A place at a path such as `clients/:clientId/edit`: each `:name` segment is that field of the
 * route. An address matches when the path is its beginning, as the app has always read addresses.
 */
function atPath<P extends Place>(
  place: P,
  pattern: string,
  extra: {
    /** The route from the path's fields and the query, or null when they do not fit this place. */
    read?: (params: Params, query: URLSearchParams) => RouteAt<P> | null;
    /** The path's fields as written, when they are not the route's own strings. */
    params?: (route: RouteAt<P>) => Params;
    /** What follows the path: `?…`, or nothing. */
    query?: (route: RouteAt<P>) => string;
  } = {},
): RouteRow<P> {
  const segments = pattern.split('/');
  return {
    place,
    read(address) {
      const [path = '', query = ''] = address.split('?');
      const parts = path.split('/').filter(Boolean);
      const params: Params = {};
      for (const [index, segment] of segments.entries()) {
        const part = parts[index];
        if (part === undefined) return null;
        if (segment.startsWith(':')) params[segment.slice(1)] = part;
        else if (part !== segment) return null;
      }
      const read = extra.read ?? ((found: Params) => ({ place, ...found }) as RouteAt<P>);
      return read(params, new URLSearchParams(query));
    },
    write(route) {
      const fields = extra.params?.(route) ?? (route as unknown as Params);
      const path = segments
        .map((segment) => (segment.startsWith(':') ? fields[segment.slice(1)] : segment))
        .join('/');
      return `/${path}${extra.query?.(route) ?? ''}`;
    },
  };
}

/** `wpi=jaw_L,neck` from the session plan: only known WPI ids are kept. */
function painMapAreasOf(query: URLSearchParams): WpiArea[] | undefined {
  const listed = query.get('wpi');
  if (!listed) return undefined;
  return listed.split(',').filter((id): id is WpiArea => (WPI_AREAS as readonly string[]).includes(id));
}

/**
 * Every place and its address, the more particular first: an address is the first place that reads
 * it, and anything else is Today.
 */
const ROUTES: { [P in Place]: RouteRow<P> }[Place][] = [
  {
    place: 'print',
    read: (address) => {
      const request = parsePrintRoute(address);
      return request && { place: 'print', request };
    },
    write: (route) => printRoute(route.request),
  },
  atPath('new-client', 'clients/new'),
  atPath('edit-client', 'clients/:clientId/edit'),
  atPath('new-course', 'clients/:clientId/courses/new'),
  atPath('new-assessment', 'clients/:clientId/courses/:courseId/assessments/:position', {
    read: ({ clientId = '', courseId = '', position = '' }, query) => {
      const at = position === 'new' ? null : Number(position);
      if (at !== null && !Number.isInteger(at)) return null;
      const painMapAreas = painMapAreasOf(query);
      return {
        place: 'new-assessment',
        clientId,
        courseId,
        position: at,
        ...(painMapAreas && { painMapAreas }),
      };
    },
    params: ({ clientId, courseId, position }) => ({
      clientId,
      courseId,
      position: String(position ?? 'new'),
    }),
    query: (route) => (route.painMapAreas?.length ? `?wpi=${route.painMapAreas.join(',')}` : ''),
  }),
  atPath('correct-assessment', 'clients/:clientId/assessments/:assessmentId/correct'),
  atPath('client', 'clients/:clientId'),
  atPath('clients', 'clients'),
  atPath('session-plan', 'sessions/:sessionId/plan'),
  atPath('session', 'sessions/:sessionId'),
  atPath('settings', 'settings'),
  atPath('model', 'model'),
  atPath('today', 'today'),
];

export function parseRoute(hash: string): Route {
  const address = hash.replace(/^#/, '');
  for (const row of ROUTES) {
    const route = row.read(address);
    if (route) return route;
  }
  return { place: 'today' };
}

export function hrefFor(route: Route): string {
  const row = ROUTES.find((candidate) => candidate.place === route.place) as RouteRow<typeof route.place>;
  return `#${row.write(route)}`;
}
