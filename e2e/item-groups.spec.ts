import { expect, test } from './fixtures';
import { type QuizDetail } from './pages/session-page';
import { Api } from './support/api';
import { answerFor } from './support/answers';
import { expectAccessible } from './support/axe';
import { saveScreenshot } from './support/screenshots';

// Two delegations of three: the Vietnamese women answer every post-test question right, the
// Kenyan men every one wrong, and one Thai delegate too few to be shown as a group.
const PEOPLE = [
  ...['Nguyễn Thị Lan', 'Trần Thị Hoa', 'Lê Thị Mai'].map((name) => ({
    name,
    organisation: 'Bộ Công an',
    country: 'VN',
    gender: 'female' as const,
  })),
  ...['Otieno Ouma', 'Kamau Njoroge', 'Mwangi Kariuki'].map((name) => ({
    name,
    organisation: 'ODPP',
    country: 'KE',
    gender: 'male' as const,
  })),
  { name: 'Somchai Wong', organisation: 'DSI', country: 'TH' },
];

test('item analysis shows each question’s facility by country and by gender', async ({
  page,
  server,
}) => {
  const api = new Api(page.request, server.url);
  const { id } = await api.call<{ id: string }>('sessions.create', {
    title: 'Two delegations',
    startDate: '2026-03-03',
    endDate: '2026-03-03',
    countries: ['VN', 'KE'],
  });
  const { participants } = await api.call<{ participants: { id: string; country: string }[] }>(
    'sessions.addParticipants',
    { sessionId: id, participants: PEOPLE },
  );
  const post = await api.call<QuizDetail>('quizzes.get', { id: 'uncc.quiz.post-test' });
  for (const p of participants)
    await api.call('attempts.submit', {
      sessionId: id,
      participantId: p.id,
      quizId: post.id,
      responses: post.questions.map((q) => ({
        questionId: q.id,
        answer: answerFor(q, p.country === 'VN'),
      })),
    });

  await page.goto(server.url);
  await page.goto(`${server.origin}/#/session/${id}`);
  await page.getByRole('tab', { name: 'Results', exact: true }).click();
  const items = page.getByTestId('item-analysis');
  await expect(items).toBeVisible();
  const table = items.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText([
    'Test',
    'Question',
    'Answered',
    'Facility',
    'Discrimination',
    'Flags',
  ]);

  await items.getByLabel('Facility by group').selectOption({ label: 'By country' });
  await expect(table.getByRole('columnheader', { name: 'Kenya' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Viet Nam' })).toBeVisible();
  // The lone Thai delegate is never a column.
  await expect(table.getByRole('columnheader', { name: 'Thailand' })).toHaveCount(0);
  const first = table.getByRole('row').nth(1);
  await expect(first.getByRole('cell')).toContainText(['Post-test', post.questions[0]!.prompt]);
  const cells = await first.getByRole('cell').allTextContents();
  // Columns: test, question, answered, facility, Kenya, Viet Nam, discrimination, flags.
  expect(cells.slice(2, 6)).toEqual(['7', '43%', '0%', '100%']);
  await expectAccessible(page, 'item analysis by country');
  await items.getByRole('heading', { name: 'Item analysis' }).scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'item-analysis-by-country-1280x800-light');

  await items.getByLabel('Facility by group').selectOption({ label: 'By gender' });
  await expect(table.getByRole('columnheader', { name: 'Female' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Male', exact: true })).toBeVisible();
  const byGender = await table.getByRole('row').nth(1).getByRole('cell').allTextContents();
  expect(byGender.slice(4, 6)).toEqual(['100%', '0%']);
});
