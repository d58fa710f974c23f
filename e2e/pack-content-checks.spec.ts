import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { PacksPage } from './pages/packs-page';
import { expectAccessible } from './support/axe';
import { nationalModule, packFile, writeJson } from './support/pack-file';

test('articles 64 and 65 show the dated status from the pack, not from their summaries', async ({
  page,
  server,
}) => {
  await new AppShell(page).open(server.url);
  await page.goto(`${server.origin}/#/article/64`);
  const status = page.getByTestId('pack-status');
  await expect(status).toContainText('Status as of');
  await expect(status).toContainText('2025');
  await expect(status).toContainText('72 signatories');
  await expect(status).toContainText('Source: UN Treaty Collection');
  await expect(page.locator('.summary')).not.toContainText('72 signatories');
  await expectAccessible(page, 'article 64 with status');
  await page.screenshot({ path: test.info().outputPath('article-64-status.png'), fullPage: true });
  await page.goto(`${server.origin}/#/article/65`);
  await expect(page.getByTestId('pack-status')).toContainText('Not yet in force');
  await page.goto(`${server.origin}/#/article/7`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Illegal access');
  await expect(page.getByTestId('pack-status')).toHaveCount(0);
});

test('importing questions that break item-writing rules installs them and lists the warnings', async ({
  page,
  server,
}) => {
  const shell = new AppShell(page);
  const packs = new PacksPage(page);
  await shell.open(server.url);
  await shell.goTo('Content packs');
  await packs.expectLoaded();
  const module = nationalModule();
  const first = module.questions[0] as { prompt: string; explanation: string };
  first.prompt = 'Which authority does not handle requests that rely on article 7?';
  first.explanation = 'Option a is the unit that handles them.';
  await packs.importInput.setInputFiles(
    writeJson(test.info().outputPath('cued-module.json'), packFile(module)),
  );
  await expect(packs.importResult).toContainText('Imported National training module');
  const warnings = page.getByTestId('item-warnings');
  await expect(warnings).toContainText('2 item-writing warnings');
  await warnings.locator('summary').click();
  await expect(warnings).toContainText(
    'national-module.q.0001: the question asks with "not" not in capitals.',
  );
  await expect(warnings).toContainText('names an option by its letter');
  await expectAccessible(page, 'packs with item warnings');
  await page.screenshot({ path: test.info().outputPath('import-warnings.png'), fullPage: true });
});
