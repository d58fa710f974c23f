import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { ArticlePage } from './pages/article-page';
import { LibraryPage } from './pages/library-page';
import { expectAccessible } from './support/axe';

test('the library lists 9 chapters and 68 articles with obligation badges', async ({
  page,
  server,
}) => {
  const shell = new AppShell(page);
  const library = new LibraryPage(page);
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/')) asked.push(new URL(request.url()).pathname);
  });
  await shell.open(server.url);
  await library.expectLoaded();

  await expect(library.chapters).toHaveCount(9);
  // The page arrived carrying the first screen's answers: none of them was asked for again.
  for (const method of ['system.status', 'library.listChapters', 'library.listArticles'])
    expect(asked).not.toContain(`/api/${method}`);
  await expect(library.articleLinks).toHaveCount(68);
  await expect(library.stats).toContainText('9 chapters · 68 articles');
  await expect(library.chapter('II')).toContainText('Criminalization');
  await expect(library.articleLink(7)).toContainText('Illegal access');
  await expect(library.articleLink(7)).toContainText('Mixed');
  // The token is taken out of the address bar once read.
  expect(page.url()).not.toContain('token=');
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(shell.navigation.getByRole('link', { name: 'Library' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expectAccessible(page, 'library');
});

test('the server draws the library into the page: it shows with scripts off, and the app takes over the same list', async ({
  browser,
  page,
  server,
}) => {
  const noScripts = await browser.newContext({ javaScriptEnabled: false });
  try {
    const drawn = await noScripts.newPage();
    await drawn.goto(server.url);
    // Drawn, but inert until the app runs over it: so by markup, not by role.
    await expect(drawn.locator('#root [inert] section.chapter')).toHaveCount(9);
    await expect(drawn.locator('a.article-row')).toHaveCount(68);
    await expect(drawn.locator('a.article-row').nth(6)).toContainText('Illegal access');
    await expect(drawn.getByTestId('library-stats')).toContainText('9 chapters · 68 articles');
    await expect(drawn.locator('html')).toHaveAttribute('lang', 'en');
  } finally {
    await noScripts.close();
  }

  // With scripts on, React draws the same list over the server's, which goes, and it works.
  const library = new LibraryPage(page);
  await new AppShell(page).open(server.url);
  await expect(page.locator('#root [inert]')).toHaveCount(0);
  await expect(library.articleLinks).toHaveCount(68);
  await library.openArticle(7);
  await new ArticlePage(page).expectArticle(7, /Illegal access/);
});

test('an article shows provisions and terms; related links and browser back work', async ({
  page,
  server,
}) => {
  const shell = new AppShell(page);
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  await shell.open(server.url);
  await library.openArticle(7);

  await article.expectArticle(7, 'Illegal access');
  await expect(page.getByText('Chapter II · Criminalization').first()).toBeVisible();
  await expect(article.provisions).toHaveCount(2);
  await expect(article.provisions.first()).toContainText('Paragraph 1');
  await expect(article.provisions.first()).toContainText('Domestic law');
  await expect(article.provisions.first().getByRole('listitem').first()).toContainText(
    'intentional conduct',
  );
  await expect(article.keyTerms.getByText('electronic data', { exact: true })).toBeVisible();
  await expectAccessible(page, 'article 7');

  const related = article.related.getByRole('link').first();
  const relatedHref = (await related.getAttribute('href')) ?? '';
  const relatedNumber = Number(relatedHref.replace('#/article/', ''));
  await related.click();
  await article.expectArticle(relatedNumber);

  await page.goBack();
  await article.expectArticle(7, 'Illegal access');
  await page.goForward();
  await article.expectArticle(relatedNumber);
  await shell.backButton.click();
  await article.expectArticle(7, 'Illegal access');
});

test('previous and next buttons walk through the articles', async ({ page, server }) => {
  const shell = new AppShell(page);
  const article = new ArticlePage(page);
  await shell.open(server.url);
  await page.goto(`${server.origin}/#/article/41`);
  await article.expectArticle(41);

  await article.pager.getByRole('button', { name: 'Next: article 42' }).click();
  await article.expectArticle(42);
  await article.pager.getByRole('button', { name: 'Previous: article 41' }).click();
  await article.expectArticle(41);
});

test('an article that does not exist gets a clear message', async ({ page, server, health }) => {
  health.allow(/status of 404/); // the API answers NOT_FOUND with HTTP 404
  await page.goto(server.url);
  await page.goto(`${server.origin}/#/article/99`);
  await expect(page.getByRole('heading', { level: 1, name: 'Article not found' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('There is no article 99');
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await new LibraryPage(page).expectLoaded();
});
