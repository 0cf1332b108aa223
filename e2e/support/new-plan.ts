import { expect, type Page } from '@playwright/test';
import { hostClient } from '../../electron/test-support/host-client';
import { modelReady } from './body-screen';
import type { Clinic } from './fixtures';

/**
 * A new client's first session, opened for marking once the model can be picked and its skin is
 * measured (the pain extent shows then), which painting needs. Returns the session's id.
 */
export async function openNewPlan(
  clinic: Clinic,
  page: Page,
  client: { givenName: string; familyName: string; dateOfBirth: string },
): Promise<string> {
  const api = hostClient(clinic.host);
  const { id: clientId } = await api.call('clients.create', client);
  const session = await api.call('sessions.create', {
    clientId,
    startsAt: '2026-11-20T10:00',
    plannedMinutes: 60,
  });
  await clinic.open(`/sessions/${session.id}/plan`, /^Session plan/);
  await modelReady(page);
  await expect(page.getByTestId('pain-extent')).toBeVisible({ timeout: 60_000 });
  return session.id;
}
