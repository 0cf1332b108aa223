import { CALL_NAMES } from '../shared/api/names';
import { queryClinic } from './support/database';
import { expect, test } from './support/fixtures';

test('window.api refuses a wrongly typed payload with VALIDATION and leaves the database unchanged', async ({
  page,
  clinic,
}) => {
  await clinic.open('/clients', 'Clients');
  const before = queryClinic(clinic.dataDir, 'SELECT * FROM clients');

  const result = await page.evaluate(() =>
    // A payload no form would send: every field of the wrong type.
    window.api!.clients.create({ givenName: 7, familyName: null, dateOfBirth: {} } as never),
  );

  expect(result.ok).toBe(false);
  expect(!result.ok && result.error.code).toBe('VALIDATION');
  expect(!result.ok && result.error.details?.issues?.map((issue) => issue.path)).toEqual([
    'givenName',
    'familyName',
    'dateOfBirth',
  ]);
  expect(queryClinic(clinic.dataDir, 'SELECT * FROM clients')).toEqual(before);
});

test('window.api offers named calls only, and the host refuses calls without the token', async ({
  page,
  clinic,
}) => {
  await clinic.open('/clients', 'Clients');
  const names = await page.evaluate(() =>
    Object.entries(window.api!).flatMap(([namespace, calls]) =>
      Object.keys(calls).map((call) => `${namespace}.${call}`),
    ),
  );
  expect(names.sort()).toEqual([...CALL_NAMES].sort());

  const origin = new URL(clinic.host.url).origin;
  const response = await page.request.post(`${origin}/api/call`, {
    data: { name: 'clients.list', input: {} },
  });
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe('FORBIDDEN');
});

test('pages are served with a strict content security policy and nothing from the network', async ({
  page,
  clinic,
}) => {
  const external: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(new URL(clinic.host.url).origin)) external.push(request.url());
  });
  const response = await page.goto(clinic.host.url);
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toContain('unsafe-inline');
  await clinic.expectScreen('Today');
  expect(await page.evaluate(() => document.fonts.check('16px "Inter Variable"'))).toBe(true);
  expect(external).toEqual([]);
});
