import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { ArticlePage } from './pages/article-page';
import { QuestionBankPage } from './pages/question-bank-page';
import { expectAccessible } from './support/axe';

test('the bank filters by chapter and type, marks answers and links to articles', async ({
  page,
  server,
}) => {
  const shell = new AppShell(page);
  const bank = new QuestionBankPage(page);
  await shell.open(server.url);
  await shell.goTo('Question bank');
  await bank.expectLoaded();
  await expect(shell.navigation.getByRole('link', { name: 'Question bank' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(bank.quizzes.getByRole('row')).not.toHaveCount(0);
  await expect(bank.quizzes).toContainText('Pre-test');
  const all = await bank.total();
  await expectAccessible(page, 'question bank');

  await bank.chapter.selectOption('II');
  await expect(page).toHaveURL(/#\/questions\?chapter=II$/);
  await bank.type.selectOption('true-false');
  await expect(page).toHaveURL(/#\/questions\?chapter=II&type=true-false$/);
  const filtered = await bank.total();
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(all);
  await expect(bank.cards).toHaveCount(Math.min(filtered, 40));

  const shown = await bank.cards.count();
  for (const text of await bank.cards.allTextContents()) expect(text).toContain('True or false');
  // One right answer per card, marked by a tick and the words, not by colour alone.
  const correct = bank.cards.locator('[data-correct]');
  await expect(correct).toHaveCount(shown);
  await expect(correct.locator('svg')).toHaveCount(shown);
  for (const text of await correct.allTextContents()) expect(text).toContain('correct answer');
  // Chapter II is articles 7 to 21: every card tests at least one article in it.
  for (const tested of await bank.testedArticles()) {
    expect(
      tested.some((n) => n >= 7 && n <= 21),
      `articles ${tested.join(', ')}`,
    ).toBe(true);
  }
  await expectAccessible(page, 'question bank filtered');

  // Back undoes the last filter.
  await page.goBack();
  await expect(bank.type).toHaveValue('');
  await expect(bank.chapter).toHaveValue('II');
  await page.goForward();
  await expect(bank.type).toHaveValue('true-false');

  const link = bank.cards
    .first()
    .getByRole('link', { name: /^Art\. \d+$/ })
    .first();
  const number = Number(((await link.textContent()) ?? '').replace('Art. ', ''));
  await link.click();
  await new ArticlePage(page).expectArticle(number);
});

test('why-not explanations open from a details summary, and matching shows pairs', async ({
  page,
  server,
}) => {
  const bank = new QuestionBankPage(page);
  await page.goto(server.url);
  await page.goto(`${server.origin}/#/questions?type=single`);
  await bank.expectLoaded();
  const card = bank.cards.first();
  const details = card.locator('details');
  await expect(details).not.toHaveAttribute('open');
  await card.getByText('Why the other options are wrong').click();
  await expect(details).toHaveAttribute('open');
  await expect(details.locator('dd').first()).toBeVisible();

  await page.goto(`${server.origin}/#/questions?type=matching`);
  const count = await bank.total();
  if (count > 0) {
    await expect(bank.cards.first().getByRole('table')).toBeVisible();
  }
});

test('keyboard: the filters are reachable and change the list', async ({ page, server }) => {
  const bank = new QuestionBankPage(page);
  await page.goto(server.url);
  await page.goto(`${server.origin}/#/questions`);
  await bank.expectLoaded();
  await bank.difficulty.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/difficulty=easy/);
  await expect(bank.difficulty).toBeFocused();
  for (const card of (await bank.cards.all()).slice(0, 5)) await expect(card).toContainText('Easy');
});
