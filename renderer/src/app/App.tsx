import { ClientChart } from '../features/clients/ClientChart';
import { ClientForm } from '../features/clients/ClientForm';
import { ClientList } from '../features/clients/ClientList';
import { NewCourseForm } from '../features/courses/NewCourseForm';
import { AssessmentScreen } from '../features/outcomes/AssessmentScreen';
import { AssessmentCorrectionScreen } from '../features/outcomes/AssessmentCorrectionScreen';
import { SessionEditor } from '../features/sessions/SessionEditor';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { TodayScreen } from '../features/today/TodayScreen';
import {
  CoursePrintScreen,
  ModelScreen,
  PlanScreen,
  PrintScreen,
  ScreenLoading,
  usePreloadedBody,
} from './lazyScreens';
import { NavRail } from './NavRail';
import { useRoute } from '../navigation/navigate';
import type { Route } from '../navigation/routes';
import { isCourseSheet } from '../../../shared/domain/printout';

function Screen({ route }: { route: Exclude<Route, { place: 'print' }> }) {
  switch (route.place) {
    case 'today':
      return <TodayScreen />;
    case 'clients':
      return <ClientList />;
    case 'new-client':
      return <ClientForm />;
    case 'client':
      return <ClientChart clientId={route.clientId} />;
    case 'edit-client':
      return <ClientForm clientId={route.clientId} />;
    case 'new-course':
      return <NewCourseForm clientId={route.clientId} />;
    case 'new-assessment':
      return <AssessmentScreen key={`${route.courseId}/${route.position}`} {...route} />;
    case 'correct-assessment':
      return <AssessmentCorrectionScreen key={route.assessmentId} {...route} />;
    case 'session':
      return <SessionEditor key={route.sessionId} sessionId={route.sessionId} />;
    case 'session-plan':
      return <PlanScreen key={route.sessionId} sessionId={route.sessionId} />;
    case 'settings':
      return <SettingsScreen />;
    case 'model':
      return <ModelScreen />;
  }
}

export function App() {
  const route = useRoute();
  usePreloadedBody(route);
  // A printout is a page of its own, laid out as it prints: no app frame around it.
  if (route.place === 'print') {
    const { request } = route;
    return (
      <ScreenLoading>
        {isCourseSheet(request.sheet) ? (
          <CoursePrintScreen request={{ ...request, sheet: request.sheet }} />
        ) : (
          <PrintScreen request={request} />
        )}
      </ScreenLoading>
    );
  }
  return (
    <div className="app">
      <NavRail current={route} />
      <main className="app__main" id="main">
        <ScreenLoading>
          <Screen route={route} />
        </ScreenLoading>
      </main>
    </div>
  );
}
