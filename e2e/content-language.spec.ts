import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';

// The convention's words in another language, with the interface left in English: the bundled
// Vietnamese and French translation packs, installed when the database is first opened.
const SHOTS = process.env.CONTENT_LANGUAGE_SHOTS;

for (const [language, optionLabel, articleTitle, chapterTitle, query, article14] of [
  [
    'vi',
    'Tiếng Việt (unofficial translation)',
    'Truy cập trái phép',
    /Hình sự hóa|tội phạm/i,
    'lạm dụng tình dục trẻ em',
    'Tội phạm liên quan đến tài liệu lạm dụng',
  ],
  [
    'fr',
    'Français (unofficial translation)',
    'Accès illégal',
    /Incrimination/i,
    'abus sexuels',
    'Infractions liées au matériel',
  ],
] as const)
  test(`the library, an article and the question bank in ${language}`, async ({ page, server }) => {
    const shell = new AppShell(page);
    await shell.open(server.url);
    const picker = page.getByLabel('Content language');
    await expect(picker).toBeVisible();
    await picker.selectOption({ label: optionLabel });

    const banner = page.getByTestId('content-language-banner');
    await expect(banner).toContainText('Unofficial translation, awaiting review');
    const article7 = page.locator('a.article-row[href="#/article/7"]');
    await expect(article7).toContainText(articleTitle);
    await expect(page.locator('#chapter-II')).toContainText(chapterTitle);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/library-${language}.png`, fullPage: false });

    // Search reads the translated text: the words of article 14's title find it first, titled
    // in the content language.
    await shell.typeQuery(query);
    await expect(shell.options.first()).toContainText('14');
    await expect(shell.options.first()).toContainText(article14);
    await expect(shell.options.first().locator('mark').first()).toBeVisible();
    await shell.search.press('Escape');

    await article7.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(articleTitle);
    await expect(page.locator('.article-header__content')).toHaveText(
      'Unofficial translation, awaiting review',
    );
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/article-${language}.png`, fullPage: false });

    await shell.goTo('Question bank');
    const card = page.getByTestId('question-card').first();
    await expect(card).toBeVisible();
    // Each question says what its words are: translated, or English while none exists.
    await expect(card.locator('.content-notice')).toHaveText(
      /Unofficial translation, awaiting review|Shown in English: no (Vietnamese|French) translation yet/,
    );
    await card.scrollIntoViewIfNeeded();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/questions-${language}.png` });

    // The choice is kept: a reload shows the same language.
    await page.reload();
    await shell.goTo('Library');
    await expect(page.locator('a.article-row[href="#/article/7"]')).toContainText(articleTitle);
  });

test('the content language follows the interface language until one is chosen', async ({
  page,
  server,
}) => {
  const shell = new AppShell(page);
  await shell.open(server.url);
  await expect(page.locator('a.article-row[href="#/article/7"]')).toContainText('Illegal access');
  await expect(page.getByTestId('content-language-banner')).toHaveCount(0);
  await shell.goTo('About & data');
  await page.getByLabel('Interface language').selectOption('vi');
  await page.evaluate("window.location.hash = '#/'");
  await expect(page.locator('a.article-row[href="#/article/7"]')).toContainText(
    'Truy cập trái phép',
  );
  await expect(page.getByTestId('content-language-banner')).toBeVisible();
});
