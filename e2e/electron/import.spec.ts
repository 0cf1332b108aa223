import { expect, test } from './fixtures';

// An import stages the file in an in-memory database: under Electron that connection, too, must load
// the addon built for Electron's ABI, or the import fails where the browser host's succeeds.
test('a client exported from one clinic imports into another in the real app', async ({ clinic }) => {
  test.setTimeout(120_000);
  const exporting = await clinic.app.firstWindow();
  const content = await exporting.evaluate(async () => {
    const api = window.api!;
    const client = await api.clients.create({
      givenName: 'Inés',
      familyName: 'Vidal',
      dateOfBirth: '1975-06-14',
    });
    if (!client.ok) throw new Error(client.error.message);
    const file = await api.transfer.exportClient({ clientId: client.value.id, plain: true });
    if (!file.ok) throw new Error(file.error.message);
    return file.value.content;
  });

  const importing = await (await clinic.anotherClinic()).firstWindow();
  const imported = await importing.evaluate(
    (text) => window.api!.transfer.importFile({ content: text }),
    content,
  );
  expect(imported).toMatchObject({ ok: true, value: { rows: { clients: 1 } } });
  const listed = await importing.evaluate(() => window.api!.clients.list({}));
  expect(listed.ok && listed.value.map((client) => client.givenName)).toEqual(['Inés']);
});
