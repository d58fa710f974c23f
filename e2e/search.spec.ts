import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { ArticlePage } from './pages/article-page';
import { LibraryPage } from './pages/library-page';
import { Api } from './support/api';
import { expectAccessible } from './support/axe';

test.beforeEach(async ({ page, server }) => {
  await new AppShell(page).open(server.url);
  await new LibraryPage(page).expectLoaded();
});

test('results appear as you type, with the match highlighted; Enter opens the first', async ({
  page,
}) => {
  const shell = new AppShell(page);
  await shell.typeQuery('grooming');

  await expect(shell.results).toBeVisible();
  await expect(shell.search).toHaveAttribute('aria-expanded', 'true');
  await expect(shell.options.first()).toContainText('Art. 15 — Solicitation or grooming');
  await expect(shell.options.first().locator('mark').first()).toHaveText(/grooming/i);
  await expect(shell.options.first()).toContainText('Article');
  await shell.expectActiveOption(0);
  await expectAccessible(page, 'search results open');

  await shell.search.press('Enter');
  await new ArticlePage(page).expectArticle(15);
  await expect(shell.results).toBeHidden();
});

test('an article reference opens that article directly', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.typeQuery('art 41');
  await shell.search.press('Enter');
  await new ArticlePage(page).expectArticle(41, /24\/7 network/);
});

test('Enter acts on the query just typed, not on the results still showing', async ({
  page,
  server,
}) => {
  const shell = new AppShell(page);
  const article = new ArticlePage(page);
  // Answers to any query but "grooming" are held back until released, so Enter is surely
  // pressed while grooming's results are still the ones on screen.
  let release = () => {};
  let held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/library.search', async (route) => {
    const input = route.request().postDataJSON() as { query?: string } | null;
    if (input?.query !== 'grooming') await held;
    await route.continue();
  });
  const showGrooming = async () => {
    await shell.search.fill('');
    await shell.typeQuery('grooming');
    await expect(shell.options.first()).toContainText('Art. 15 — Solicitation or grooming');
  };
  // An article reference typed over the old results opens at once.
  await showGrooming();
  await shell.search.fill('art 14');
  await shell.search.press('Enter');
  await article.expectArticle(14);
  release();
  held = new Promise<void>((resolve) => (release = resolve));

  // Another query: its own top result, once it has answered, not grooming's.
  const api = new Api(page.request, server.url);
  const [top] = await api.call<{ articleNumber: number }[]>('library.search', {
    query: 'laundering',
    limit: 20,
  });
  expect(top?.articleNumber).not.toBe(15);
  await page.goto(`${server.origin}/#/`);
  await showGrooming();
  await shell.search.fill('laundering');
  await shell.search.press('Enter');
  await expect(page).toHaveURL(/#\/$/);
  release();
  await article.expectArticle(top!.articleNumber);
});

test('"/" focuses the search, arrows move the active option, Esc closes then clears', async ({
  page,
}) => {
  const shell = new AppShell(page);
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('/');
  await expect(shell.search).toBeFocused();

  await page.keyboard.type('data');
  await expect(shell.options.nth(2)).toBeVisible();
  await shell.expectActiveOption(0);
  await page.keyboard.press('ArrowDown');
  await shell.expectActiveOption(1);
  await page.keyboard.press('ArrowDown');
  await shell.expectActiveOption(2);
  await page.keyboard.press('ArrowUp');
  await shell.expectActiveOption(1);

  await page.keyboard.press('Escape');
  await expect(shell.results).toBeHidden();
  await expect(shell.search).toHaveAttribute('aria-expanded', 'false');
  await expect(shell.search).toHaveValue('data');
  await page.keyboard.press('Escape');
  await expect(shell.search).toHaveValue('');
});

test('clicking a result opens its article', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.typeQuery('24/7');
  await shell.options.filter({ hasText: 'Art. 41' }).first().click();
  await new ArticlePage(page).expectArticle(41);
});

test('a query with no matches says so', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.typeQuery('zzyzxqq');
  await expect(page.getByText('No matches for “zzyzxqq”')).toBeVisible();
  await expect(shell.results).toBeHidden();
});
