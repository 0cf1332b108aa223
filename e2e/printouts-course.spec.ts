import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { seedCourseStory } from './support/course-story';
import { pdfInfo, pdfText, renderPages } from './support/pdf';
import { finishedPdf, sessionPdf } from './support/print';
import { hostClient } from '../electron/test-support/host-client';
import { PRINT_SHEET_LABELS, printRoute } from '../shared/domain/printout';

test('the physician letter tables the course’s measures as the screen rounds them, on US Letter @clock', async ({
  page,
  clinic,
}, info) => {
  test.setTimeout(240_000);
  const story = await seedCourseStory(clinic.host, clinic.clock);
  await hostClient(clinic.host).call('settings.update', {
    clinicName: 'Clínica Calma',
    therapistName: 'Lucía Gómez',
    paperSize: 'letter',
  });
  // From the session's screen, through its print view's sheets, as a therapist gets there.
  await clinic.open(`/sessions/${story.sessionId}`, /^Session on/);
  await page.getByRole('link', { name: 'Print or save as PDF' }).click();
  await clinic.expectScreen('Session summary');
  await page.getByRole('button', { name: 'Physician letter' }).click();
  await clinic.expectScreen('Letter to the client’s physician');
  const folder = info.outputPath('physician-letter');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'physician-letter.pdf');
  writeFileSync(file, await finishedPdf(page));

  const { pages, size } = pdfInfo(file);
  expect(size).toContain('612 x 792 pts (letter)');
  expect(pages).toBeLessThanOrEqual(2);
  const text = pdfText(file);
  expect(text).toContain(story.clientName);
  expect(text).toContain(`${story.sessionsGiven} sessions, ${story.minutesGiven} min in total`);
  // Baseline, latest and change as the outcomes screen shows them: one decimal, never 37.1666….
  expect(text).toMatch(/FIQR total \(0–100\) 47\.5 .*? 37\.2 .*? −10\.3 Meaningful improvement/);
  expect(text).toMatch(/Widespread Pain Index \([^)]*\) 7 .*? 3 .*? −4 /);
  expect(text).toMatch(/Symptom Severity Scale \([^)]*\) 6 .*? 5 .*? −1 /);
  expect(text).toMatch(/PSQI global \([^)]*\) 12 .*? 10 .*? −2 /);
  expect(text).not.toMatch(/\d\.\d{2,}/);
  expect(text).toContain('not a diagnosis');
  expect(text).toContain('Pain map at baseline and now');
  expect(text).toContain('Baseline: Session 1');
  expect(text).toContain('Now: Session 6');
  expect(text).toContain('With kind regards, Lucía Gómez Clínica Calma Telephone +34 912 345 678');

  const rendered = renderPages(file, folder, 50);
  expect(rendered).toHaveLength(pages);
  for (const png of rendered) expect(statSync(png).size).toBeGreaterThan(5_000);
});

test('the course report has the pain extent and overlap by session, the dose by region and what is still due @clock', async ({
  page,
  clinic,
}, info) => {
  test.setTimeout(240_000);
  const story = await seedCourseStory(clinic.host, clinic.clock);
  const pdf = await sessionPdf(page, clinic.host.url, {
    sessionId: story.sessionId,
    sheet: 'course-report',
    includeScores: false,
  });
  await clinic.expectScreen('Course report');
  const folder = info.outputPath('course-report');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'course-report.pdf');
  writeFileSync(file, pdf);

  expect(pdfInfo(file).size).toContain('(A4)');
  const text = pdfText(file);
  expect(text).toContain('Pain extent and overlap over time');
  // The first map has nothing to compare with; the sixth covers one of its two stripes.
  expect(text).toMatch(/Session 1 \d+ \w+ \d{4} \d+ cm² \(\d+\.\d%\) — —/);
  // Overlaps print as the plan's pain-map panel shows them: a Jaccard index to two decimals.
  const sixth = /Session 6 \d+ \w+ \d{4} (\d+) cm² \(\d+\.\d%\) (\d\.\d\d) (\d\.\d\d)/.exec(text);
  expect(sixth, text).not.toBeNull();
  const [, , previous, baseline] = sixth!.map(Number);
  expect(previous).toBe(baseline);
  expect(previous).toBeGreaterThan(0.3);
  expect(previous).toBeLessThan(0.7);
  expect(text).toContain(`${story.sessionsGiven} sessions, ${story.minutesGiven} min in total.`);
  // Two zones a session on the shoulders, the right hip from the third session on: 4 min each.
  expect(text).toContain("Shoulder (client's left) 6 24 min");
  expect(text).toContain("Shoulder (client's right) 6 24 min");
  expect(text).toContain("Hip and buttock (client's right) 4 16 min");
  expect(text).toContain('Assessments still due');
  expect(text).toMatch(/After the last session \d+ \w+ \d{4} Upcoming/);
  expect(text).toMatch(/6-month follow-up \(follow-up after the course\) \d+ \w+ \d{4} Upcoming/);
  expect(text).toMatch(/FIQR total \(0–100\) 47\.5 .*? 37\.2 /);
  expect(text).toContain(
    'Dashed line: the level at which the change from the baseline counts as a meaningful',
  );

  const rendered = renderPages(file, folder, 50);
  for (const png of rendered) expect(statSync(png).size).toBeGreaterThan(5_000);

  // The client's chart offers both course printouts, as of the course's latest session held.
  await clinic.open(`/clients/${story.clientId}`, story.clientName);
  for (const sheet of ['physician-letter', 'course-report'] as const) {
    await expect(page.getByRole('link', { name: PRINT_SHEET_LABELS[sheet] })).toHaveAttribute(
      'href',
      `#${printRoute({ sessionId: story.sessionId, sheet, includeScores: false })}`,
    );
  }
});
