import { modelReady } from './support/body-screen';
import { expect, test } from './support/fixtures';
import { hostClient } from '../electron/test-support/host-client';

const BACK_LINE = 'superficial_back_line_L';
const FRONT_LINE_NAME = "Superficial front line (client's left)";

test('the plan shows only the myofascial line chosen for its session, and so does its printout', async ({
  page,
  clinic,
}) => {
  // the atlas screen, the plan twice and two printouts, each drawing the model on software WebGL
  test.setTimeout(600_000);
  const host = hostClient(clinic.host);
  const client = await host.call('clients.create', {
    givenName: 'Maya',
    familyName: 'Lind',
    dateOfBirth: '1975-05-02',
  });
  const session = (startsAt: string) =>
    host.call('sessions.create', { clientId: client.id, startsAt, plannedMinutes: 60 });
  const chosen = await session('2026-03-02T10:00');
  const other = await session('2026-03-09T10:00');

  // A line highlighted on the Body model screen stays there.
  await clinic.open('/model', 'Body model');
  await page.getByLabel('Highlight a line').selectOption({ label: FRONT_LINE_NAME });

  await clinic.open(`/sessions/${chosen.id}/plan`, /^Session plan/);
  const viewer = await modelReady(page);
  const lineToggle = page.getByLabel('Myofascial line');
  await expect(lineToggle).toHaveValue('');
  await expect(viewer).not.toHaveAttribute('data-highlighted-line');

  await lineToggle.selectOption(BACK_LINE);
  await expect(viewer).toHaveAttribute('data-highlighted-line', BACK_LINE);
  await page.reload();
  await expect(await modelReady(page)).toHaveAttribute('data-highlighted-line', BACK_LINE);
  await expect(page.getByLabel('Myofascial line')).toHaveValue(BACK_LINE);

  const printed = page.locator('[data-highlighted-line]');
  await clinic.open(`/print/session/${chosen.id}?sheet=summary`, 'Session summary');
  await page.locator('html[data-print-state="ready"]').waitFor({ state: 'attached', timeout: 300_000 });
  await expect(printed).toHaveAttribute('data-highlighted-line', BACK_LINE);
  await expect(printed).toHaveText("Highlighted on the model: Superficial back line (client's left)");

  await clinic.open(`/print/session/${other.id}?sheet=summary`, 'Session summary');
  await page.locator('html[data-print-state="ready"]').waitFor({ state: 'attached', timeout: 300_000 });
  await expect(printed).toHaveCount(0);
});
