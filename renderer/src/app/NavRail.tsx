import { hrefFor, type Route } from '../navigation/routes';

const PLACES: { label: string; route: Route; matches: Route['place'][] }[] = [
  { label: 'Today', route: { place: 'today' }, matches: ['today'] },
  {
    label: 'Clients',
    route: { place: 'clients' },
    // A session, its plan and an assessment belong to one client's record.
    matches: [
      'clients',
      'new-client',
      'client',
      'edit-client',
      'new-course',
      'session',
      'session-plan',
      'new-assessment',
      'correct-assessment',
    ],
  },
  { label: 'Body model', route: { place: 'model' }, matches: ['model'] },
  { label: 'Settings', route: { place: 'settings' }, matches: ['settings'] },
];

export function NavRail({ current }: { current: Route }) {
  return (
    <nav className="rail" aria-label="Places">
      <div className="rail__brand" aria-hidden="true">
        FasciaMap
      </div>
      <ul className="rail__list">
        {PLACES.map((place) => {
          const active = place.matches.includes(current.place);
          return (
            <li key={place.label}>
              <a
                className="rail__link"
                href={hrefFor(place.route)}
                aria-current={active ? 'page' : undefined}
              >
                {place.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
