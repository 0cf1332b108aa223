import { expect, test } from './support/fixtures';
import { hostClient } from '../electron/test-support/host-client';

/** The chunk names electron.vite.config.ts gives the 3D and the chart libraries. */
const THREE_CHUNK = /\/assets\/three-[\w-]+\.js$/;
const CHARTS_CHUNK = /\/assets\/charts-[\w-]+\.js$/;

test('Today, the client list and a chart load without the 3D and chart code, which comes with the body model', async ({
  page,
  clinic,
}) => {
  const client = await hostClient(clinic.host).call('clients.create', {
    givenName: 'Light',
    familyName: 'Start',
    dateOfBirth: '1984-05-06',
  });
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });

  await clinic.open('/today', 'Today');
  await page.getByRole('link', { name: 'Clients' }).click();
  await clinic.expectScreen('Clients');
  await clinic.open(`/clients/${client.id}`, /Light Start/);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((path) => THREE_CHUNK.test(path) || CHARTS_CHUNK.test(path))).toEqual([]);

  await page.getByRole('link', { name: 'Body model' }).click();
  await clinic.expectScreen('Body model');
  expect(scripts.some((path) => THREE_CHUNK.test(path))).toBe(true);
});
