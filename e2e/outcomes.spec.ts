import { FIQR_ITEMS } from '../shared/domain/outcomes/fiqr';
import { queryClinic } from './support/database';
import { expect, test, type Clinic } from './support/fixtures';
import { hostClient } from '../electron/test-support/host-client';

// The FIQR worked by hand in shared/domain/outcomes/fiqr.test.ts: 30/3 + 11 + 53/2 = 47.5.
const FIQR_47_5 = [2, 3, 4, 5, 6, 3, 4, 2, 1, 5, 6, 7, 6, 5, 8, 4, 3, 5, 7, 2, 6];

/** A client on the shipped trial protocol (20 weekly sessions) that started `weeksAgo` weeks ago. */
async function clientOnTrialCourse(clinic: Clinic, weeksAgo: number) {
  const client = await hostClient(clinic.host).call('clients.create', {
    givenName: 'Maribel',
    familyName: 'Castro',
    dateOfBirth: '1971-04-23',
  });
  const templates = await hostClient(clinic.host).call('templates.list', {});
  const trial = templates.find((template) => template.name.includes('Castro-Sánchez 2011'))!;
  const course = await hostClient(clinic.host).call('courses.create', {
    clientId: client.id,
    templateId: trial.id,
    name: trial.name,
    startDate: clinic.clock.day(-7 * weeksAgo),
    sessionTime: '10:00',
    sessionCount: trial.sessionCount,
    intervalDays: trial.intervalDays,
    sessionMinutes: trial.sessionMinutes,
    assessments: trial.assessments,
  });
  return { client, course };
}

test('a FIQR entered through the form scores 47.5, as worked by hand, and reaches the file @clock', async ({
  page,
  clinic,
}) => {
  const { client, course } = await clientOnTrialCourse(clinic, 1);
  await clinic.open(`/clients/${client.id}/courses/${course.id}/assessments/0`, /Baseline assessment/);

  for (const item of FIQR_ITEMS) {
    await page.getByLabel(`${item.number}. ${item.label}`).fill(String(FIQR_47_5[item.number - 1]));
  }
  await expect(page.getByTestId('fiqr-total')).toHaveText('FIQR total 47.5 of 100: moderate');
  await page.getByRole('button', { name: 'Save assessment' }).click();

  await clinic.expectScreen('Maribel Castro');
  const table = page.getByRole('table', { name: 'Baseline and latest' });
  await expect(table.getByRole('row', { name: /FIQR total/ })).toContainText('47.5');
  expect(queryClinic(clinic.dataDir, "SELECT score FROM outcome_measures WHERE kind = 'fiqr'")).toEqual([
    { score: 47.5 },
  ]);
});

test('a FIQR with a part left unanswered is refused with the message on the FIQR, and nothing is saved @clock', async ({
  page,
  clinic,
}) => {
  const { client, course } = await clientOnTrialCourse(clinic, 1);
  await clinic.open(`/clients/${client.id}/courses/${course.id}/assessments/0`, /Baseline assessment/);

  await page.getByLabel(`1. ${FIQR_ITEMS[0]!.label}`).fill('4');
  await page.getByLabel('Pain now').fill('3');
  await page.getByRole('button', { name: 'Save assessment' }).click();

  const fiqr = page.getByRole('group', { name: /^FIQR: fibromyalgia impact/ });
  await expect(fiqr.getByRole('alert')).toHaveText(/^Answer at least one FIQR item in each part/);
  await expect(page.getByRole('alert').last()).toHaveText(
    'Some entries need attention: see the messages above.',
  );
  expect(queryClinic(clinic.dataDir, 'SELECT count(*) AS saved FROM outcome_measures')).toEqual([
    { saved: 0 },
  ]);
});

test('a course with three assessments shows a trend chart with the meaningful change marked @clock', async ({
  page,
  clinic,
}) => {
  // Started 40 weeks ago: the 20 sessions and the 1-month follow-up are behind it.
  const { client, course } = await clientOnTrialCourse(clinic, 40);
  const [baseline, end, followUp] = course.assessments;
  for (const [position, takenOn, pain] of [
    [0, baseline!.dueDate, 7],
    [1, end!.dueDate, 3],
    [2, followUp!.dueDate, 6],
  ] as const) {
    await hostClient(clinic.host).call('assessments.record', {
      clientId: client.id,
      courseId: course.id,
      coursePosition: position,
      takenOn,
      pain: { current: pain },
    });
  }

  await clinic.open(`/clients/${client.id}`, 'Maribel Castro');
  const chart = page.getByRole('figure', { name: /Pain now/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('.recharts-line-dot')).toHaveCount(3);
  await expect(chart.getByRole('list', { name: /values/ })).toContainText(
    'After the last session: 3 ◇ change since baseline passed the meaningful threshold (2)',
  );
  await expect(page.getByRole('status')).toContainText(
    'Pain now (NRS): 7 at baseline, 3 at the end of the course (improved by 4), 6 at the 1-month follow-up: 3 of 4 lost (75%).',
  );

  await page.getByRole('radio', { name: 'Treatment minutes' }).check();
  await expect(chart.locator('svg')).toContainText('Treatment minutes so far');
  await clinic.expectScreen('Maribel Castro');
});

test('an overdue assessment appears on the home screen and leaves it once recorded @clock', async ({
  page,
  clinic,
}) => {
  const { course } = await clientOnTrialCourse(clinic, 3);
  await clinic.open('/today', 'Today');
  const due = page.getByRole('list', { name: 'Assessments due' });
  await expect(due.getByRole('listitem')).toHaveCount(1);
  await expect(due.getByRole('listitem')).toContainText('Overdue');
  await expect(due.getByRole('listitem')).toContainText(`Maribel Castro: Baseline`);

  await due.getByRole('link', { name: 'Record the Baseline assessment for Maribel Castro' }).click();
  await clinic.expectScreen(/Baseline assessment for Maribel Castro/);
  await page.getByLabel('PSQI global score').fill('12');
  await expect(page.getByText('Poor sleep (over 5)')).toBeVisible();
  await page.getByRole('button', { name: 'Save assessment' }).click();
  await clinic.expectScreen('Maribel Castro');
  expect(queryClinic(clinic.dataDir, 'SELECT course_id, course_position FROM outcome_assessments')).toEqual([
    { course_id: course.id, course_position: 0 },
  ]);

  await clinic.open('/today', 'Today');
  await expect(page.getByText('No assessment is overdue or due in the next two weeks.')).toBeVisible();
});

test('a mistaken assessment is put right: the real one made baseline, the wrong one corrected and then deleted, each reason kept @clock', async ({
  page,
  clinic,
}) => {
  const { client, course } = await clientOnTrialCourse(clinic, 2);
  const record = (takenOn: string, current: number) =>
    hostClient(clinic.host).call('assessments.record', {
      clientId: client.id,
      courseId: course.id,
      takenOn,
      pain: { current },
    });
  // An extra assessment keyed by mistake before the real baseline, then a later one.
  await record(clinic.clock.day(-14), 2);
  await record(clinic.clock.day(-13), 8);
  await record(clinic.clock.day(-1), 5);

  await clinic.open(`/clients/${client.id}`, 'Maribel Castro');
  const painRow = page
    .getByRole('table', { name: 'Baseline and latest' })
    .getByRole('row', { name: /Pain now/ });
  await expect(painRow).toContainText('+3 (worse)');

  const recorded = page.getByRole('region', { name: 'Recorded assessments' });
  const real = recorded.locator('details', { hasText: clinic.clock.day(-13) });
  await real.locator('summary').click();
  await real.getByRole('button', { name: 'Make this the course baseline' }).click();
  await expect(real.getByText('Baseline of this course')).toBeVisible();
  await expect(painRow).toContainText('−3 (better)');

  const wrong = recorded.locator('details', { hasText: clinic.clock.day(-14) });
  await wrong.locator('summary').click();
  await wrong.getByRole('link', { name: 'Correct…' }).click();
  await clinic.expectScreen(`Correct the assessment of ${clinic.clock.day(-14)}`);
  await expect(page.getByLabel('Pain now')).toHaveValue('2');
  await page.getByLabel('Pain now').fill('3');
  await page.getByRole('button', { name: 'Save correction' }).click();
  await expect(page.getByLabel('Reason for the correction')).toHaveAccessibleDescription(
    'Reason is required',
  );
  await page.getByLabel('Reason for the correction').fill('Typed 2 for 3');
  await page.getByRole('button', { name: 'Save correction' }).click();
  await clinic.expectScreen('Maribel Castro');

  const corrected = recorded.locator('details', { hasText: clinic.clock.day(-14) });
  await corrected.locator('summary').click();
  await corrected.getByRole('button', { name: 'Delete…' }).click();
  await corrected.getByLabel('Reason for deleting').fill('A duplicate keyed by mistake');
  await corrected.getByRole('button', { name: 'Delete assessment' }).click();
  await expect(recorded.locator('details', { hasText: clinic.clock.day(-14) })).toHaveCount(0);

  expect(
    queryClinic(
      clinic.dataDir,
      "SELECT call, reason FROM audit_log WHERE reason IS NOT NULL OR call = 'assessments.makeBaseline' ORDER BY seq",
    ),
  ).toEqual([
    { call: 'assessments.makeBaseline', reason: null },
    { call: 'assessments.correct', reason: 'Typed 2 for 3' },
    { call: 'assessments.delete', reason: 'A duplicate keyed by mistake' },
  ]);
});
