import { expect, test } from './fixtures';
import { AboutPage } from './pages/about-page';
import { AppShell } from './pages/app-shell';
import { ArticlePage } from './pages/article-page';
import { writeFileSync } from 'node:fs';
import { LibraryPage } from './pages/library-page';
import { PacksPage } from './pages/packs-page';
import { QuestionBankPage } from './pages/question-bank-page';
import { RecoveryPage } from './pages/recovery-page';
import {
  BAD_SHEET,
  nationalModule,
  officialTextPack,
  packFile,
  writeJson,
} from './support/pack-file';
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

  test.describe(`content screenshots ${variant.name}`, () => {
    test.use({ viewport: variant.viewport, colorScheme: variant.colorScheme });

    test('packs, question bank and article notes', async ({ page, server, health }) => {
      health.allow(/status of 400/); // the broken pack below is refused with HTTP 400
      const shell = new AppShell(page);
      const packs = new PacksPage(page);
      await shell.open(server.url);
      await shell.goTo('Content packs');
      await packs.expectLoaded();
      await packs.importInput.setInputFiles(
        writeJson(test.info().outputPath('national-module.json'), packFile(nationalModule())),
      );
      await expect(packs.importResult).toBeVisible();
      await packs.importInput.setInputFiles(
        writeJson(test.info().outputPath('official-en.json'), packFile(officialTextPack())),
      );
      await expect(packs.importResult).toContainText('Official text');
      const bad = test.info().outputPath('bad-questions.csv');
      writeFileSync(bad, BAD_SHEET);
      await packs.sheetInput.setInputFiles(bad);
      await expect(packs.problems).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await saveScreenshot(page, `packs-${variant.name}`);
      await saveScreenshot(page, `packs-full-${variant.name}`, true);

      const broken = nationalModule();
      broken.manifest.version = '1.1.0';
      (broken.questions[1] as { difficulty: string }).difficulty = 'extreme';
      await packs.importInput.setInputFiles(
        writeJson(test.info().outputPath('national-broken.json'), packFile(broken)),
      );
      await expect(packs.importSection().getByRole('alert')).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await saveScreenshot(page, `packs-error-${variant.name}`, true);

      await shell.goTo('Question bank');
      const bank = new QuestionBankPage(page);
      await bank.expectLoaded();
      await expectNoHorizontalOverflow(page);
      await saveScreenshot(page, `questions-${variant.name}`);
      await bank.chapter.selectOption('II');
      await bank.type.selectOption('scenario');
      await expect(page).toHaveURL(/type=scenario/);
      await expect(bank.cards.first()).toContainText('The case');
      // The filters and the first card, rather than the top of the page.
      await page.evaluate('document.querySelector("#bank-title").scrollIntoView()');
      await expectNoHorizontalOverflow(page);
      await saveScreenshot(page, `questions-filtered-${variant.name}`);
      await bank.cards.first().getByText('Why the other options are wrong').click();
      await saveScreenshot(page, `questions-why-not-${variant.name}`);

      const article = new ArticlePage(page);
      await page.goto(`${server.origin}/#/article/41`);
      await article.expectArticle(41);
      await expect(article.verificationNote).toBeVisible();
      await expect(article.questionsLink).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await saveScreenshot(page, `article-notice-${variant.name}`);

      await page.goto(`${server.origin}/#/article/7`);
      await expect(article.officialText).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await article.officialText.scrollIntoViewIfNeeded();
      await saveScreenshot(page, `article-official-${variant.name}`);
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
