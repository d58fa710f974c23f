import { expect, test } from './fixtures';
import { AboutPage } from './pages/about-page';
import { AppShell } from './pages/app-shell';
import { ArticlePage } from './pages/article-page';
import { LibraryPage } from './pages/library-page';
import { RecoveryPage } from './pages/recovery-page';
import { expectNoHorizontalOverflow, saveScreenshot } from './support/screenshots';

// Every page in each look the design promises; the PNGs are for people to review.
const VARIANTS = [
  { name: '1280x800-light', viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
  { name: '1024x700-light', viewport: { width: 1024, height: 700 }, colorScheme: 'light' },
  { name: '1280x800-dark', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
] as const;

for (const variant of VARIANTS) {
  test.describe(`screenshots ${variant.name}`, () => {
    test.use({ viewport: variant.viewport, colorScheme: variant.colorScheme });

    test('library, article, search and about', async ({ page, server }) => {
      const shell = new AppShell(page);
      await shell.open(server.url);
      await new LibraryPage(page).expectLoaded();
      await expect(page.getByTestId('library-stats')).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await saveScreenshot(page, `library-${variant.name}`);

      await page.goto(`${server.origin}/#/article/7`);
      const article = new ArticlePage(page);
      await article.expectArticle(7, 'Illegal access');
      await expect(article.keyTerms).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await saveScreenshot(page, `article-${variant.name}`);
      await saveScreenshot(page, `article-full-${variant.name}`, true);

      await shell.typeQuery('grooming');
      await expect(shell.options.first()).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await saveScreenshot(page, `search-${variant.name}`);
      await shell.search.press('Escape');

      await shell.goTo('About & data');
      const about = new AboutPage(page);
      await about.expectLoaded();
      await about.backUp();
      await expectNoHorizontalOverflow(page);
      await saveScreenshot(page, `about-${variant.name}`);
    });
  });

  test.describe(`recovery screenshot ${variant.name}`, () => {
    test.use({ viewport: variant.viewport, colorScheme: variant.colorScheme, corruptDb: true });

    test('recovery', async ({ page, server }) => {
      await new RecoveryPage(page).open(server.url);
      await expectNoHorizontalOverflow(page);
      await saveScreenshot(page, `recovery-${variant.name}`);
    });
  });
}
