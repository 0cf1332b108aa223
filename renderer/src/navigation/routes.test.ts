import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, type Route } from './routes';

const clientId = '00000000-0000-4000-8000-000000000001';
const courseId = '00000000-0000-4000-8000-000000000002';
const sessionId = '00000000-0000-4000-8000-000000000003';

const EVERY_PLACE: Route[] = [
  { place: 'today' },
  { place: 'clients' },
  { place: 'new-client' },
  { place: 'client', clientId },
  { place: 'edit-client', clientId },
  { place: 'new-course', clientId },
  { place: 'new-assessment', clientId, courseId, position: 2 },
  { place: 'new-assessment', clientId, courseId, position: null, painMapAreas: ['jaw_L', 'neck'] },
  { place: 'correct-assessment', clientId, assessmentId: courseId },
  { place: 'session', sessionId },
  { place: 'session-plan', sessionId },
  { place: 'settings' },
  { place: 'model' },
  { place: 'print', request: { sessionId, sheet: 'take-home', includeScores: true } },
];

describe('the route table', () => {
  it.each(EVERY_PLACE)('reads back the address it writes for $place', (route) => {
    expect(parseRoute(hrefFor(route))).toEqual(route);
  });

  it('writes the addresses the app has always had', () => {
    expect(EVERY_PLACE.map(hrefFor)).toEqual([
      '#/today',
      '#/clients',
      '#/clients/new',
      `#/clients/${clientId}`,
      `#/clients/${clientId}/edit`,
      `#/clients/${clientId}/courses/new`,
      `#/clients/${clientId}/courses/${courseId}/assessments/2`,
      `#/clients/${clientId}/courses/${courseId}/assessments/new?wpi=jaw_L,neck`,
      `#/clients/${clientId}/assessments/${courseId}/correct`,
      `#/sessions/${sessionId}`,
      `#/sessions/${sessionId}/plan`,
      '#/settings',
      '#/model',
      `#/print/session/${sessionId}?sheet=take-home&scores=1`,
    ]);
  });

  it('is Today for an empty or unknown address', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#/print/session']) {
      expect(parseRoute(hash)).toEqual({ place: 'today' });
    }
  });

  it('keeps only known WPI areas offered from the plan', () => {
    expect(parseRoute(`#/clients/${clientId}/courses/${courseId}/assessments/new?wpi=neck,elbow_X`)).toEqual({
      place: 'new-assessment',
      clientId,
      courseId,
      position: null,
      painMapAreas: ['neck'],
    });
  });

  it('shows the client for an assessment position that is not a whole number', () => {
    expect(parseRoute(`#/clients/${clientId}/courses/${courseId}/assessments/1.5`)).toEqual({
      place: 'client',
      clientId,
    });
  });
});
