import { expect, test } from './fixtures';
import { Api } from './support/api';
import { expectAccessible } from './support/axe';
import { saveScreenshot } from './support/screenshots';

test('a quiz taken on this computer locks the window until the facilitator unlocks it', async ({
  page,
  server,
}) => {
  const api = new Api(page.request, server.url);
  const { id } = await api.call<{ id: string }>('sessions.create', {
    title: 'Lock check',
    startDate: '2026-03-03',
    endDate: '2026-03-03',
  });
  await api.call('sessions.addParticipants', {
    sessionId: id,
    participants: [{ name: 'Amina Otieno', country: 'KE' }],
  });
  await page.goto(server.url);
  await page.goto(`${server.origin}/#/session/${id}?tab=quizzes`);
  const panel = page.getByRole('tabpanel');
  await panel.getByLabel('Participant').selectOption({ label: 'Amina Otieno' });
  await panel.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  const lock = page.getByTestId('quiz-lock');
  await expect(lock).toBeVisible();
  const quizUrl = page.url();

  // No way out through the page: no navigation, no search, no link back to the workshop.
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('search')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Question bank' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Back to the workshop' })).toHaveCount(0);
  await expectAccessible(page, 'quiz lock');
  await saveScreenshot(page, 'quiz-lock-1280x800-light');

  // Nor through the address: typed, or reached by going back.
  await page.evaluate("window.location.hash = '#/questions'");
  await expect(page).toHaveURL(quizUrl);
  await expect(page.getByRole('heading', { name: 'Question bank' })).toHaveCount(0);
  await page.evaluate("window.location.hash = '#/article/14'");
  await expect(page).toHaveURL(quizUrl);
  await page.goBack();
  await expect(page).toHaveURL(quizUrl);
  // Nor by the "/" search shortcut, nor by reloading.
  await page.locator('body').press('/');
  await expect(page.getByRole('combobox', { name: 'Search the convention' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  await expect(lock).toBeVisible();
  await page.evaluate("window.location.hash = '#/questions'");
  await expect(page).toHaveURL(quizUrl);

  // A tap does not unlock; a held button does.
  const unlock = page.getByRole('button', { name: 'Facilitator: hold to unlock' });
  await unlock.click();
  await expect(page.getByText('Hold the button down until the window unlocks.')).toBeVisible();
  await expect(lock).toBeVisible();
  await unlock.hover();
  await page.mouse.down();
  await expect(lock).toBeHidden({ timeout: 30_000 });
  await page.mouse.up();
  await expect(page.getByRole('tab', { name: 'Quizzes', selected: true })).toBeVisible();

  // Unlocked: the question bank is reachable by the navigation again.
  await page.getByRole('navigation').getByRole('link', { name: 'Question bank' }).click();
  await expect(page).toHaveURL(/#\/questions/);
  await expect(page.getByRole('combobox', { name: 'Search the convention' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Question bank' })).toBeVisible();
});
