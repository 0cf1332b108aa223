import { hrefFor, type Route } from './routes';

const PLACES: { label: string; route: Route; matches: Route['place'][] }[] = [
  { label: 'Clients', route: { place: 'clients' }, matches: ['clients', 'new-client', 'client'] },
  { label: 'Body model', route: { place: 'model' }, matches: ['model'] },
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
