import { ClientChart } from '../features/clients/ClientChart';
import { ClientList } from '../features/clients/ClientList';
import { NewClientForm } from '../features/clients/NewClientForm';
import { NavRail } from './NavRail';
import { useRoute, type Route } from './routes';

function Screen({ route }: { route: Route }) {
  switch (route.place) {
    case 'clients':
      return <ClientList />;
    case 'new-client':
      return <NewClientForm />;
    case 'client':
      return <ClientChart clientId={route.clientId} />;
    case 'model':
      return <p>Body model</p>;
  }
}

export function App() {
  const route = useRoute();
  return (
    <div className="app">
      <NavRail current={route} />
      <main className="app__main" id="main">
        <Screen route={route} />
      </main>
    </div>
  );
}
