import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { LibraryPage } from './pages/library-page';
import { PacksPage } from './pages/packs-page';
import { QuestionBankPage } from './pages/question-bank-page';
import { expectAccessible } from './support/axe';
import {
  BAD_SHEET,
  GOOD_SHEET,
  contentHash,
  nationalModule,
  packFile,
  writeJson,
} from './support/pack-file';

test.beforeEach(({ health }) => {
  // Refused imports are answered with HTTP 400/409, which the browser logs on its own.
  health.allow(/status of (400|409)/);
});

test('a valid pack imports; a broken or edited one is refused and changes nothing', async ({
  page,
  server,
}) => {
  const shell = new AppShell(page);
  const packs = new PacksPage(page);
  const bank = new QuestionBankPage(page);
  await shell.open(server.url);
  await expect(new LibraryPage(page).stats).toContainText('quiz questions');
  const statsBefore = (await new LibraryPage(page).stats.textContent()) ?? '';
  await shell.goTo('Content packs');
  await packs.expectLoaded();
  await expect(packs.rows).toHaveCount(1);
  await expect(packs.row('uncc')).toContainText('Bundled');
  await expect(packs.row('uncc')).toContainText('Primary');
  await expect(packs.row('uncc')).toContainText('68 articles');
  await expect(packs.row('uncc')).toContainText('Signed by Convention Workbench project');
  await expect(packs.row('uncc')).not.toContainText('Unverified source');
  await expectAccessible(page, 'packs');

  // The question bank before: article 41.
  await page.goto(`${server.origin}/#/questions?article=41`);
  const before41 = await bank.total();
  await shell.goTo('Content packs');
  await packs.expectLoaded();

  const valid = writeJson(
    test.info().outputPath('national-module.json'),
    packFile(nationalModule()),
  );
  await packs.importInput.setInputFiles(valid);
  await expect(packs.importResult).toContainText(
    'Imported National training module, version 1.0.0',
  );
  await expect(packs.importResult).toContainText('Newly installed.');
  await expect(packs.rows).toHaveCount(2);
  await expect(packs.row('national-module')).toContainText('Imported');
  await expect(packs.row('national-module')).toContainText('2 questions');
  await expect(packs.row('national-module')).toContainText('Unverified source');
  await page.screenshot({ path: test.info().outputPath('packs-unverified.png') });
  await expectAccessible(page, 'packs after import');

  // The library counts follow.
  await shell.goTo('Library');
  await expect(new LibraryPage(page).stats).not.toHaveText(statsBefore);

  await page.goto(`${server.origin}/#/questions?article=41`);
  expect(await bank.total()).toBe(before41 + 1);
  await expect(bank.cards.filter({ hasText: 'Our national module treats article 41' })).toHaveCount(
    1,
  );
  const packQuestions = await bank.total();

  // A broken pack: a difficulty that does not exist. The server's message names the file,
  // the question and the field.
  const broken = nationalModule();
  broken.manifest.version = '1.1.0';
  (broken.questions[1] as { difficulty: string }).difficulty = 'extreme';
  const brokenFile = writeJson(test.info().outputPath('national-broken.json'), packFile(broken));
  await shell.goTo('Content packs');
  await packs.expectLoaded();
  await packs.importInput.setInputFiles(brokenFile);
  const alert = packs.alertIn(packs.importSection());
  await expect(alert).toContainText('national-broken.json was not imported');
  await expect(alert).toContainText(
    /national-broken\.json: question national-module\.q\.0002, field difficulty/,
  );
  await expect(packs.rows).toHaveCount(2);
  await expect(packs.row('national-module')).toContainText('1.0.0');
  await expectAccessible(page, 'packs with an import error');

  // An answer that is not one of the options: refused by the cross-reference check.
  const wrongAnswer = nationalModule();
  wrongAnswer.manifest.version = '1.2.0';
  (wrongAnswer.questions[0] as { answer: string[] }).answer = ['z'];
  await packs.importInput.setInputFiles(
    writeJson(test.info().outputPath('national-answer.json'), packFile(wrongAnswer)),
  );
  await expect(alert).toContainText('national-answer.json was not imported');
  await expect(alert).toContainText(
    'question national-module.q.0001: answer z is not one of the options',
  );

  // An edited file: the content no longer matches its hash.
  const edited = packFile(nationalModule()) as ReturnType<typeof nationalModule>;
  const editedFile = test.info().outputPath('national-edited.json');
  const text = JSON.stringify(edited).replace('around the clock', 'during office hours');
  writeFileSync(editedFile, text);
  await packs.importInput.setInputFiles(editedFile);
  await expect(alert).toContainText('national-edited.json was not imported');
  await expect(alert).toContainText('does not match its contentHash');
  await expect(packs.rows).toHaveCount(2);

  await page.goto(`${server.origin}/#/questions?article=41`);
  expect(await bank.total()).toBe(packQuestions);
  await expect(bank.cards.filter({ hasText: 'during office hours' })).toHaveCount(0);
});

test('importing the same pack twice says nothing changed', async ({ page, server }) => {
  const shell = new AppShell(page);
  const packs = new PacksPage(page);
  await shell.open(server.url);
  await shell.goTo('Content packs');
  await packs.expectLoaded();
  const file = writeJson(
    test.info().outputPath('national-module.json'),
    packFile(nationalModule()),
  );
  await packs.importInput.setInputFiles(file);
  await expect(packs.importResult).toContainText('Newly installed.');
  await packs.importInput.setInputFiles(file);
  await expect(packs.importResult).toContainText('already installed; nothing changed');
  expect(contentHash(nationalModule())).toMatch(/^[0-9a-f]{64}$/);
});

test('a spreadsheet with a bad row imports nothing; a good one imports its questions', async ({
  page,
  server,
}) => {
  const shell = new AppShell(page);
  const packs = new PacksPage(page);
  await shell.open(server.url);
  await shell.goTo('Content packs');
  await packs.expectLoaded();

  const bad = test.info().outputPath('bad-questions.csv');
  writeFileSync(bad, BAD_SHEET);
  await packs.sheetInput.setInputFiles(bad);
  await expect(packs.problems).toContainText(/Nothing was imported: \d+ problems? in 1 of 2 rows/);
  const problemRows = packs.problems.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(problemRows.first()).toBeVisible();
  await expect(problemRows.filter({ hasText: 'articles' })).toContainText('3');
  await expect(problemRows.filter({ hasText: 'articles' })).toContainText(
    '99 is not an article of the convention',
  );
  await expect(packs.rows).toHaveCount(1);
  await expectAccessible(page, 'packs with sheet problems');

  const good = test.info().outputPath('good-questions.csv');
  writeFileSync(good, GOOD_SHEET);
  await packs.sheetInput.setInputFiles(good);
  await expect(packs.sheetResult).toHaveText(
    '2 questions imported into Questions from good-questions.csv',
  );
  await expect(packs.problems).toHaveCount(0);
  await expect(packs.row('sheet-good-questions')).toContainText('2 questions');

  await page.goto(`${server.origin}/#/questions?article=41`);
  await expect(
    new QuestionBankPage(page).cards.filter({ hasText: 'what does article 41 set up?' }),
  ).toHaveCount(1);
});

test('export and template downloads arrive as files', async ({ page, server }) => {
  const shell = new AppShell(page);
  const packs = new PacksPage(page);
  await shell.open(server.url);
  await shell.goTo('Content packs');
  await packs.expectLoaded();

  const [pack] = await Promise.all([
    page.waitForEvent('download'),
    packs
      .row('uncc')
      .getByRole('button', { name: /^Export/ })
      .click(),
  ]);
  expect(pack.suggestedFilename()).toMatch(/^uncc-\d+\.\d+\.\d+\.cwpack\.json$/);
  const packPath = test.info().outputPath(pack.suggestedFilename());
  await pack.saveAs(packPath);
  const parsed = JSON.parse(readFileSync(packPath, 'utf8')) as {
    format: string;
    formatVersion: number;
    articles: unknown[];
  };
  expect(parsed.format).toBe('convention-workbench-pack');
  expect(parsed.formatVersion).toBe(1);
  expect(parsed.articles).toHaveLength(68);

  const [xlsx] = await Promise.all([page.waitForEvent('download'), packs.templateXlsx.click()]);
  expect(xlsx.suggestedFilename()).toBe('question-template.xlsx');
  const xlsxPath = test.info().outputPath('template.xlsx');
  await xlsx.saveAs(xlsxPath);
  expect(readFileSync(xlsxPath).subarray(0, 2).toString('latin1')).toBe('PK');

  const [csv] = await Promise.all([page.waitForEvent('download'), packs.templateCsv.click()]);
  expect(csv.suggestedFilename()).toBe('question-template.csv');
  const csvPath = test.info().outputPath('template.csv');
  await csv.saveAs(csvPath);
  expect(readFileSync(csvPath, 'utf8')).toMatch(/^id,type,articles,difficulty/);
});
