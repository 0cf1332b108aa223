import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import type { Route } from '../navigation/routes';
import { requestBodyAsset } from '../scene/model/asset/requestBodyAsset';

/*
 * The screens that draw the body (three.js) or print it load their code when first opened, so
 * Today, the client list and the chart start without it: on a clinic's older PC the 3D code is
 * most of what the app ships.
 */
export const ModelScreen = lazy(() =>
  import('../features/model/ModelScreen').then((module) => ({ default: module.ModelScreen })),
);
export const PlanScreen = lazy(() =>
  import('../features/plan/PlanScreen').then((module) => ({ default: module.PlanScreen })),
);
export const PrintScreen = lazy(() =>
  import('../features/printouts/PrintScreen').then((module) => ({ default: module.PrintScreen })),
);
export const CoursePrintScreen = lazy(() =>
  import('../features/printouts/course/CoursePrintScreen').then((module) => ({
    default: module.CoursePrintScreen,
  })),
);

/** Shown for the moment a screen's code takes to load; says so to a screen reader too. */
export function ScreenLoading({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p className="screen" role="status">
          Opening…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

/**
 * Starts reading the prebuilt body model as soon as a place that draws the body is opened, while
 * its screen's code is still loading (every printout photographs the body); Today and the chart
 * never read it. A failed read is told by
 * the viewer, which asks for the same request.
 */
export function usePreloadedBody(route: Route) {
  const drawsTheBody = route.place === 'session-plan' || route.place === 'model' || route.place === 'print';
  useEffect(() => {
    if (drawsTheBody) requestBodyAsset().catch(() => undefined);
  }, [drawsTheBody]);
}
