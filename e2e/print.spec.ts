import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { modelReady } from './support/body-screen';
import { pdfInfo, pdfText, renderPages } from './support/pdf';
import { finishedPdf, sessionPdf } from './support/print';
import { seedPrintableSession, TECHNIQUES } from './support/printable-session';
import { TEST_THERAPIST } from './support/profile';
import { hostClient } from '../electron/test-support/host-client';
import { forgetAcknowledgements } from './support/database';
import { ATLAS_VERSION, structureById, tenderPointSites } from '../shared/anatomy';
import type { ModelPoint } from '../shared/domain/plan/region';
import { plainTechnique, TAKE_HOME_ADVICE } from '../shared/domain/plan/plain-words';
import { printRoute } from '../shared/domain/printout';

/** Images embedded in the PDF, as `pdfimages -list` reports them (one line per image after the header). */
function pdfImages(file: string): { page: number; width: number; height: number }[] {
  return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => line.trim().split(/\s+/))
    .map((cells) => ({ page: Number(cells[0]), width: Number(cells[3]), height: Number(cells[4]) }));
}

test('a session with 14 zones and findings on both sides prints a full summary PDF', async ({
  page,
  clinic,
}, info) => {
  test.setTimeout(240_000);
  const seeded = await seedPrintableSession(clinic.host, clinic.clock);
  const requested = performance.now();
  const pdf = await sessionPdf(page, clinic.host.url, {
    sessionId: seeded.sessionId,
    sheet: 'summary',
    includeScores: false,
  });
  // Request to finished PDF, model and snapshots included; reported, not asserted (see bench/).
  info.annotations.push({ type: 'pdf_ms', description: String(Math.round(performance.now() - requested)) });
  await clinic.expectScreen('Session summary');
  const folder = info.outputPath('summary');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'summary.pdf');
  writeFileSync(file, pdf);

  const { pages, size } = pdfInfo(file);
  expect(size).toContain('(A4)'); // as chosen in settings
  expect(pages).toBeGreaterThan(1);

  const text = pdfText(file);
  // Numbers as the screens show them: overlaps have two decimals, scores and sizes fewer, none more.
  expect(text).not.toMatch(/\d\.\d{3,}/);
  for (const fact of [
    'Clínica Calma',
    // The note is signed, so its papers name the therapist who signed it.
    `Therapist: ${TEST_THERAPIST.displayName}`,
    'Session summary',
    '23 April 1971',
    'Session 5 of 20',
  ]) {
    expect(text).toContain(fact);
  }
  // Every zone row, in order, each with its number and, in its last cell, the client's response.
  const rowStarts: number[] = [];
  for (const [index, name] of seeded.zoneNames.entries()) {
    const at = text.indexOf(`${index + 1} ${name}`, rowStarts.at(-1) ?? 0);
    expect(at, `zone ${index + 1}: ${name}`).toBeGreaterThan((rowStarts.at(-1) ?? 0) - 1);
    rowStarts.push(at);
  }
  for (const [index, response] of seeded.zoneResponses.entries()) {
    const row = text.slice(
      rowStarts[index],
      rowStarts[index + 1] ?? text.indexOf('Findings', rowStarts[index]),
    );
    expect(row, `zone ${index + 1}'s response`).toContain(response);
  }
  expect(text).toContain('▲ above tolerance');
  for (const note of [
    seeded.notes.subjective,
    seeded.notes.assessment,
    seeded.notes.plan,
    seeded.notes.response,
    seeded.notes.homeCare,
    seeded.addendum,
  ]) {
    expect(text).toContain(note);
  }
  expect(text).toContain(`Soreness since the last session ${seeded.sorenessReport}`);
  // The long objective note flows on: its first and last paragraphs are both there.
  expect(text).toContain('Posture: forward head');
  expect(text).toContain('End of objective note.');
  for (const finding of [
    'Trigger points',
    'Active, referred pain painted on the body map',
    'Adhesions and restrictions',
    // The seeded adhesions are restricted upwards along the back of the shoulder.
    'Deep fascia, moderate, restricted superiorly',
    'Deep fascia, severe, restricted superiorly',
    '6/18 painful (10 not tested)',
  ]) {
    expect(text).toContain(finding);
  }
  // The pain area with what the client said of it, and its own size on the skin.
  const { intensity, note } = seeded.painArea;
  expect(text).toMatch(
    new RegExp(
      `Lower back — intensity ${intensity}/10, Burning, \\d+ cm² \\(\\d+\\.\\d% of the body\\) · ${note}`,
    ),
  );
  // Last session's map was the left stripe of this one's two: about half of it again.
  expect(text).toMatch(/Overlap with last session \(Jaccard\) 0\.[3-6]\d/);
  // The no-touch zone painted over the scar, and the scar as the intake names it.
  expect(text).toContain(`Abdomen — ${seeded.caution.reason} · Painted in this session`);
  expect(text).toContain(`Abdomen — Recent surgery · From the intake: ${seeded.caution.intakeNote}`);
  // The two low-back stripes painted in the seed, as a share of the body measured on the model;
  // the seeded client has no height or weight, so the square centimetres are the reference adult's.
  expect(text).toMatch(/Pain extent \d+ cm² \(\d+\.\d% of the body surface, for a reference adult of 174 cm/);
  expect(text).toContain('Flags and their acknowledgement');
  // Each flag with who acknowledged it; none was left unreviewed.
  expect(text).not.toContain('No flags were raised');
  expect(text).not.toContain('not reviewed');
  expect(text).toMatch(
    new RegExp(
      `Zone 1, [^:]+: firm is above the client’s tolerance [^·]+· acknowledged by ${TEST_THERAPIST.displayName}, `,
    ),
  );
  expect(text).toContain('Client’s left');
  expect(text).toContain('Client’s right');

  // The client's name and "Page n of N" on every page.
  for (let number = 1; number <= pages; number++) {
    const pageText = pdfText(file, number);
    expect(pageText, `page ${number}`).toContain(seeded.clientName);
    expect(pageText, `page ${number}`).toContain(`Page ${number} of ${pages}`);
  }

  // At least the anterior and posterior snapshots, at print resolution.
  const images = pdfImages(file).filter((image) => image.height >= 600);
  expect(images.length).toBeGreaterThanOrEqual(2);

  const rendered = renderPages(file, folder);
  expect(rendered).toHaveLength(pages);
  for (const png of rendered) expect(statSync(png).size).toBeGreaterThan(5_000);
});

test('each printed snapshot is rendered once, at 300 dpi of the size it prints', async ({ page, clinic }) => {
  test.setTimeout(240_000);
  const seeded = await seedPrintableSession(clinic.host, clinic.clock);
  await sessionPdf(page, clinic.host.url, {
    sessionId: seeded.sessionId,
    sheet: 'summary',
    includeScores: true,
  });
  const renders = await page.locator('[data-body-renders]').getAttribute('data-body-renders');
  const pictures = await page.locator('img.print-snapshot__image').evaluateAll((images) =>
    images.map((image) => {
      const { naturalWidth, naturalHeight, clientWidth, clientHeight } = image as HTMLImageElement;
      return { naturalWidth, naturalHeight, clientWidth, clientHeight };
    }),
  );
  // Front and back at least, each from a render of its own, and no render that is not printed.
  expect(pictures.length).toBeGreaterThanOrEqual(2);
  expect(Number(renders)).toBe(pictures.length);
  // CSS pixels are 96 to the inch; 300 dpi is 3.125 image pixels to each (less a CSS pixel's rounding).
  const perCssPixel = 300 / 96;
  for (const picture of pictures) {
    expect(picture.naturalWidth).toBeGreaterThanOrEqual(Math.floor((picture.clientWidth - 1) * perCssPixel));
    expect(picture.naturalHeight).toBeGreaterThanOrEqual(
      Math.floor((picture.clientHeight - 1) * perCssPixel),
    );
  }
});

test('the take-home sheet is plain language, on the clinic’s paper, with scores only when ticked in @clock', async ({
  page,
  clinic,
}, info) => {
  test.setTimeout(240_000);
  const seeded = await seedPrintableSession(clinic.host, clinic.clock);
  // The clinic calls sustained pressure by its own shorthand, as in the trial day.
  await hostClient(clinic.host).call('techniques.update', {
    id: 'sustained-pressure',
    name: 'TP release',
    description: '',
    retired: false,
  });
  await clinic.open('/settings', 'Settings');
  await page.getByLabel('Paper size').selectOption({ label: 'US Letter' });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  // From the session's screen, as a therapist gets there after signing.
  await clinic.open(`/sessions/${seeded.sessionId}`, /^Session on/);
  await page.getByRole('link', { name: 'Print or save as PDF' }).click();
  await clinic.expectScreen('Session summary');
  await page.getByRole('button', { name: 'Take-home sheet' }).click();
  await clinic.expectScreen('Your session and home care');
  const folder = info.outputPath('take-home');
  mkdirSync(folder, { recursive: true });
  const plain = join(folder, 'take-home.pdf');
  writeFileSync(plain, await finishedPdf(page));

  expect(pdfInfo(plain).size).toContain('612 x 792 pts (letter)');
  const text = pdfText(plain);
  expect(text).toContain(seeded.clientName);
  expect(text).toContain('Where we worked today');
  expect(text).toContain(seeded.notes.homeCare);
  expect(text).toContain('Your next appointment');
  for (const clinical of ['NRS', 'FIQR', 'tolerance', 'Tender points', 'Subjective', 'Trigger point']) {
    expect(text).not.toContain(clinical);
  }
  // The header says which visit it was, not the protocol's name or the chart's identifiers.
  expect(text).toContain('Session 5 of 20');
  for (const chart of ['protocol', 'Castro-Sánchez', 'Date of birth']) expect(text).not.toContain(chart);
  // Techniques and places in the glossary's words, never the clinic's names or the atlas's.
  for (const name of ['TP release', 'Cross-hand release', 'Skin rolling', 'Transverse plane release']) {
    expect(text).not.toContain(name);
  }
  for (const id of TECHNIQUES) expect(text).toContain(plainTechnique(id));
  expect(text).toContain('Your left shoulder');
  expect(text).not.toContain('trapezius');
  expect(text).toContain(TAKE_HOME_ADVICE.soreness);
  expect(text).toContain(TAKE_HOME_ADVICE.whenToCall);
  // The number to call, as Settings holds it.
  expect(text).toContain('Clínica Calma: +34 912 345 678');
  expect(text).toContain('When to call the clinic');
  expect(pdfImages(plain).filter((image) => image.height >= 600).length).toBeGreaterThanOrEqual(2);

  await page.getByRole('checkbox', { name: 'Include scores' }).check();
  await clinic.expectScreen('Your session and home care');
  const scored = join(folder, 'take-home-scores.pdf');
  writeFileSync(scored, await finishedPdf(page));
  expect(pdfText(scored)).toContain('Your measures so far');
  expect(pdfText(scored)).toContain('Pain before each session (NRS)');
  renderPages(scored, folder);
});

test('“Include scores” is ticked and unticked by the click itself, not a moment later', async ({
  page,
  clinic,
}) => {
  const client = await hostClient(clinic.host).call('clients.create', {
    givenName: 'Maribel',
    familyName: 'Castro',
    dateOfBirth: '1971-04-23',
  });
  const session = await hostClient(clinic.host).call('sessions.create', {
    clientId: client.id,
    startsAt: clinic.clock.localDateTime(-1),
    plannedMinutes: 60,
  });
  await clinic.open(`/print/session/${session.id}?sheet=take-home`, 'Your session and home care');
  const box = page.getByRole('checkbox', { name: 'Include scores' });
  // Read straight after the click, in the same task: the browser's hashchange has not run yet.
  const clicked = () =>
    box.evaluate((input: HTMLInputElement) => {
      input.click();
      return input.checked;
    });
  expect(await clicked()).toBe(true);
  await expect(page).toHaveURL(/[?&]scores=1$/);
  await expect(box).toBeChecked();
  expect(await clicked()).toBe(false);
  await expect(page).not.toHaveURL(/scores=1/);
  await expect(box).not.toBeChecked();
});

test('a false record is refused: a session completed with flags nobody acknowledged prints each as not reviewed', async ({
  page,
  clinic,
}, info) => {
  test.setTimeout(240_000);
  const seeded = await seedPrintableSession(clinic.host, clinic.clock);
  const flags = (await hostClient(clinic.host).call('plan.get', { sessionId: seeded.sessionId })).flags;
  expect(flags.length).toBeGreaterThan(0);
  // Main refuses to complete or sign a session before its flags are acknowledged, so a record
  // without them is one stored before that rule: written here straight to the clinic's file.
  forgetAcknowledgements(clinic.dataDir, seeded.sessionId);
  const pdf = await sessionPdf(page, clinic.host.url, {
    sessionId: seeded.sessionId,
    sheet: 'summary',
    includeScores: false,
  });
  const folder = info.outputPath('false-record');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'summary.pdf');
  writeFileSync(file, pdf);

  const text = pdfText(file);
  expect(text).not.toContain('No flags were raised');
  expect(text).not.toContain('acknowledged by');
  for (const flag of flags) {
    // The flag's reason may wrap across lines, so its opening words are enough to find it.
    const at = text.indexOf(flag.reason.slice(0, 40));
    expect(at, flag.reason).toBeGreaterThan(-1);
    expect(text.slice(at, text.indexOf('·', at) + 16), flag.reason).toMatch(/· not reviewed/);
  }
  renderPages(file, folder);
});

test('a myofascial line highlighted on the Body model screen never reaches the printed snapshots', async ({
  page,
  clinic,
}) => {
  test.setTimeout(240_000);
  const client = await hostClient(clinic.host).call('clients.create', {
    givenName: 'Maribel',
    familyName: 'Castro',
    dateOfBirth: '1971-04-23',
  });
  const session = await hostClient(clinic.host).call('sessions.create', {
    clientId: client.id,
    startsAt: clinic.clock.localDateTime(-1),
    plannedMinutes: 60,
  });
  const route = printRoute({ sessionId: session.id, sheet: 'take-home', includeScores: false });
  /** The finished snapshots' pixels (their PNGs), one fingerprint per view. */
  const snapshots = async () => {
    await page.locator('html[data-print-state="ready"]').waitFor({ state: 'attached', timeout: 120_000 });
    const urls = await page
      .locator('img.print-snapshot__image')
      .evaluateAll((images) => images.map((image) => (image as HTMLImageElement).src));
    return urls.map((url) => createHash('sha256').update(url).digest('hex'));
  };

  await clinic.open(route, 'Your session and home care');
  const plain = await snapshots();
  expect(plain.length).toBeGreaterThanOrEqual(2);

  await clinic.open('/model', 'Body model');
  await modelReady(page);
  await page.getByLabel('Highlight a line').selectOption({ label: "Superficial back line (client's left)" });
  // Within the app, as a therapist goes on to print: the screen's viewer store is still set.
  await page.evaluate((next) => (window.location.hash = next), route);
  await clinic.expectScreen('Your session and home care');
  expect(await snapshots()).toEqual(plain);
});

test('marks crowding the neck and shoulders get an enlarged inset, and a no-touch zone is drawn on the summary', async ({
  page,
  clinic,
}, info) => {
  test.setTimeout(240_000);
  const { call } = hostClient(clinic.host);
  const client = await call('clients.create', {
    givenName: 'Maribel',
    familyName: 'Castro',
    dateOfBirth: '1971-04-23',
  });
  const session = await call('sessions.create', {
    clientId: client.id,
    startsAt: clinic.clock.localDateTime(-1),
    plannedMinutes: 60,
  });
  const sessionId = session.id;
  const site = (id: string) => tenderPointSites().find((candidate) => candidate.id === id)!;
  const anchorAt = (siteId: string) => ({
    structureId: site(siteId).structureId,
    layer: structureById(site(siteId).structureId)!.layer,
    u: 0.5,
    v: 0.5,
    point: [...site(siteId).point] as ModelPoint,
    normal: [0, 0, -1] as ModelPoint,
    atlasVersion: ATLAS_VERSION,
  });
  // The left neck and shoulder, as the trial day's summary had them: findings a finger's width apart.
  for (const siteId of ['tp_trapezius_L', 'tp_supraspinatus_L']) {
    await call('findings.create', {
      sessionId,
      body: { kind: 'trigger_point', anchor: anchorAt(siteId), state: 'active' },
    });
    await call('findings.create', {
      sessionId,
      body: {
        kind: 'adhesion',
        anchor: anchorAt(siteId),
        depth: 'deep_fascia',
        direction: [1, 0, 0],
        severity: 'moderate',
      },
    });
  }
  for (const place of ['occiput', 'trapezius', 'supraspinatus']) {
    await call('findings.create', {
      sessionId,
      body: { kind: 'tender_point', siteId: `tp_${place}_L`, painful: true },
    });
  }
  // The scar below the navel, on the front: no touch.
  const scar = await call('findings.create', {
    sessionId,
    body: {
      kind: 'caution',
      region: {
        strokes: [
          {
            mode: 'paint',
            radiusCm: 4,
            stamps: [
              [0, 96, 12],
              [3, 96, 12],
              [6, 96, 12],
            ],
          },
        ],
      },
      footprint: ['rectus_abdominis_L'],
      source: 'intake',
      reason: 'Scar: no touch',
    },
  });

  const folder = info.outputPath('crowded');
  mkdirSync(folder, { recursive: true });
  const request = { sessionId, sheet: 'summary', includeScores: false } as const;
  /** Each snapshot's pixels (its PNG), by the figure's name. */
  const snapshots = async () =>
    Object.fromEntries(
      await page
        .locator('img.print-snapshot__image')
        .evaluateAll((images) =>
          images.map((image) => [(image as HTMLImageElement).alt, (image as HTMLImageElement).src]),
        ),
    ) as Record<string, string>;
  const file = join(folder, 'summary.pdf');
  writeFileSync(file, await sessionPdf(page, clinic.host.url, request));
  const withScar = await snapshots();

  const text = pdfText(file);
  expect(text).toContain('Neck and shoulders, enlarged');
  expect(text).toContain('Caution / no-touch zone (striped)');
  // The front and back, and the inset beside them.
  expect(pdfImages(file).filter((image) => image.height >= 600)).toHaveLength(3);
  expect(Object.keys(withScar)).toEqual([
    "The body model, Front (anterior), with the session's marks",
    "The body model, Back (posterior), with the session's marks",
    "Neck and shoulders, enlarged, Back (posterior), with the session's marks",
  ]);
  renderPages(file, folder);

  // Without the scar's caution zone, the front changes and the back does not: the zone is drawn.
  await call('findings.delete', { id: scar.id });
  await page.reload();
  writeFileSync(join(folder, 'summary-no-scar.pdf'), await finishedPdf(page));
  const withoutScar = await snapshots();
  const [front, back, inset] = Object.keys(withScar);
  expect(withoutScar[front!]).not.toBe(withScar[front!]);
  expect(withoutScar[back!]).toBe(withScar[back!]);
  expect(withoutScar[inset!]).toBe(withScar[inset!]);
});
