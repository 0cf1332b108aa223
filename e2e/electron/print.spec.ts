import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('"Save as PDF" renders each printout in a hidden window and writes the file chosen', async ({
  clinic,
}) => {
  test.setTimeout(180_000);
  const page = await clinic.app.firstWindow();
  const sessionId = await page.evaluate(async () => {
    const api = window.api!;
    await api.settings.update({
      clinicName: 'Clínica Calma',
      therapistName: 'Lucía Gómez',
      paperSize: 'letter',
    });
    const client = await api.clients.create({
      givenName: 'Elena',
      familyName: 'Moreno',
      dateOfBirth: '1968-09-02',
    });
    if (!client.ok) throw new Error(client.error.message);
    const session = await api.sessions.create({
      clientId: client.value.id,
      startsAt: '2026-01-05T10:00',
      plannedMinutes: 60,
    });
    if (!session.ok) throw new Error(session.error.message);
    await api.zones.create({
      sessionId: session.value.id,
      body: {
        target: { kind: 'structure', structureId: 'trapezius_upper_L' },
        techniqueId: 'cross-hand-release',
        pressure: { scale: 'ordinal', value: 'light' },
        holdMinutes: 4,
      },
    });
    return session.value.id;
  });
  // The save dialog is the one thing a test cannot click: answer it in main with the next path.
  for (const sheet of ['summary', 'physician-letter', 'course-report'] as const) {
    const file = join(clinic.dataDir, `${sheet}.pdf`);
    await clinic.app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (() =>
        Promise.resolve({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, file);
    const saved = await page.evaluate(
      ({ id, sheet }) => window.api!.printouts.exportPdf({ sessionId: id, sheet }),
      { id: sessionId, sheet },
    );
    expect(saved, sheet).toEqual({ ok: true, value: { outcome: 'saved', path: file } });
    expect(existsSync(file), sheet).toBe(true);
    expect(readFileSync(file).subarray(0, 5).toString(), sheet).toBe('%PDF-');
  }
});
