import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { ArticlePage } from './pages/article-page';
import { PacksPage } from './pages/packs-page';
import { QuestionBankPage } from './pages/question-bank-page';
import { expectAccessible } from './support/axe';
import { officialTextPack, packFile, writeJson } from './support/pack-file';

test('an article not checked against the text says so; a checked one does not', async ({
  page,
  server,
}) => {
  const shell = new AppShell(page);
  const article = new ArticlePage(page);
  await shell.open(server.url);

  await page.goto(`${server.origin}/#/article/41`);
  await article.expectArticle(41);
  await expect(article.verificationNote).toHaveText(
    'This plain-language summary has not yet been checked against the official English text of the Convention.',
  );
  await expectAccessible(page, 'article 41');

  await page.goto(`${server.origin}/#/article/64`);
  await article.expectArticle(64);
  await expect(article.verificationNote).toContainText(
    'has been checked against only part of the treaty text',
  );

  await page.goto(`${server.origin}/#/article/7`);
  await article.expectArticle(7, 'Illegal access');
  await expect(article.questionsLink).toBeVisible();
  await expect(article.verificationNote).toHaveCount(0);
  await expect(article.officialText).toHaveCount(0);
});

test('the question link counts the article questions and opens the filtered bank', async ({
  page,
  server,
}) => {
  const article = new ArticlePage(page);
  const bank = new QuestionBankPage(page);
  await page.goto(server.url);
  await page.goto(`${server.origin}/#/article/7`);
  await expect(article.questionsLink).toHaveText(/^\d+ questions? on this article$/);
  const stated = Number(/^(\d+)/.exec((await article.questionsLink.textContent()) ?? '')?.[1]);
  await article.questionsLink.click();
  await expect(page).toHaveURL(/#\/questions\?article=7$/);
  await expect(bank.article).toHaveValue('7');
  expect(await bank.total()).toBe(stated);
});

test('an official-text pack shows the treaty wording beside the summary', async ({
  page,
  server,
}) => {
  const shell = new AppShell(page);
  const packs = new PacksPage(page);
  const article = new ArticlePage(page);
  await shell.open(server.url);
  await page.goto(`${server.origin}/#/article/7`);
  await article.expectArticle(7, 'Illegal access');
  await expect(article.officialText).toHaveCount(0);

  await shell.goTo('Content packs');
  await packs.expectLoaded();
  await packs.importInput.setInputFiles(
    writeJson(test.info().outputPath('official-en.json'), packFile(officialTextPack())),
  );
  await expect(packs.importResult).toContainText('Imported Official text (test edition)');

  await page.goto(`${server.origin}/#/article/7`);
  await expect(article.officialText).toBeVisible();
  await expect(article.officialText).toContainText('Source: Official text (test edition)');
  // Line breaks of the text are kept, as plain text.
  const body = article.officialText.locator('blockquote');
  await expect(body).toHaveCSS('white-space', 'pre-line');
  expect(await body.textContent()).toContain('without right.\n2. A State Party');
  await expectAccessible(page, 'article 7 with official text');
});
