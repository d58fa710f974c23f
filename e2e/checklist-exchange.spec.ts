import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { ChecklistPage } from './pages/checklist-page';
import { ChecklistsPage } from './pages/checklists-page';
import { expectAccessible } from './support/axe';
import { Api } from './support/api';
import { asVersion1File } from './support/checklist-seed';

const TITLE = 'Rà soát Điều 7';

test.beforeEach(({ health }) => {
  // Refused files are answered with HTTP 400, which the browser logs on its own.
  health.allow(/status of 400/);
});

test('a checklist file merges back with one conflict decided; a broken file changes nothing', async ({
  page,
  server,
}) => {
  const shell = new AppShell(page);
  const list = new ChecklistsPage(page);
  const checklist = new ChecklistPage(page);
  await new Api(page.request, server.url).call('settings.update', {
    userName: 'Amina Odhiambo',
    organisation: 'Regional office',
  });
  await shell.open(server.url);
  await shell.goTo('Checklists');
  await list.create({ country: 'VN', title: TITLE });

  // The national team's state, sent as a file…
  await list.openChecklist(TITLE);
  await checklist.openItem('Art. 7(1)');
  await checklist.setResult('Partially implemented');
  await checklist.expectSaved();
  await shell.goTo('Checklists');
  const download = await list.downloadFile(TITLE);
  expect(download.suggestedFilename()).toMatch(/\.cwchecklist\.json$/);
  const sent = test.info().outputPath('vn-checklist.json');
  writeFileSync(sent, asVersion1File(readFileSync(await download.path())));

  // …while this machine moves on.
  await list.openChecklist(TITLE);
  await checklist.openItem('Art. 7(1)');
  await checklist.setResult('Implemented');
  await checklist.expectSaved();

  await shell.goTo('Checklists');
  await list.importInput.setInputFiles(sent);
  const dialog = list.mergeDialog;
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Amina Odhiambo, Regional office');
  await expect(dialog).toContainText('already on this machine');
  await expect(dialog).toContainText('1 item was changed differently here and in the file');
  const conflict = dialog.getByRole('table');
  await expect(conflict.locator('tbody tr')).toHaveCount(1);
  await expect(conflict).toContainText('Art. 7(1)');
  await expect(conflict).toContainText('Result');
  await expect(conflict.locator('td').nth(1)).toHaveText('Implemented');
  await expect(conflict.locator('td').nth(2)).toHaveText('Partially implemented');
  const apply = dialog.getByRole('button', { name: 'Apply' });
  await expect(apply).toBeDisabled();
  await expect(dialog).toContainText('1 conflict still to decide');
  await expectAccessible(page, 'merge dialog');
  await dialog.getByRole('radio', { name: /^This machine/ }).check();
  await expect(apply).toBeEnabled();
  await apply.click();
  await expect(dialog).toBeHidden();
  await expect(list.importResult).toContainText(`Imported “${TITLE}”`);

  await list.openChecklist(TITLE);
  await expect(checklist.row('Art. 7(1)')).toContainText('Implemented');
  const before = await checklist.rows.allTextContents();

  // A broken file: a result that does not exist. The message names the item and the field.
  const broken = JSON.parse(readFileSync(sent, 'utf8')) as {
    items: { provisionId: string; result: string }[];
  };
  const target = broken.items[5]!;
  target.result = 'mostly';
  const brokenFile = test.info().outputPath('vn-broken.json');
  writeFileSync(brokenFile, JSON.stringify(broken));
  await shell.goTo('Checklists');
  await list.importInput.setInputFiles(brokenFile);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('vn-broken.json cannot be imported');
  await expect(alert).toContainText(target.provisionId);
  await expect(alert).toContainText('result');
  await expect(list.mergeDialog).toBeHidden();
  await expectAccessible(page, 'import refused');

  await list.openChecklist(TITLE);
  await expect(checklist.rows.first()).toBeVisible();
  expect(await checklist.rows.allTextContents()).toEqual(before);
});

test('an edit survives a reload before it was sent, and closing the panel sends it', async ({
  page,
  server,
}) => {
  const shell = new AppShell(page);
  const list = new ChecklistsPage(page);
  const checklist = new ChecklistPage(page);
  await shell.open(server.url);
  await shell.goTo('Checklists');
  await list.create({ country: 'KE', title: 'Kenya 2026' });
  await list.openChecklist('Kenya 2026');

  // Typed, and the page reloaded before the save got through: the save is held back, since
  // on a busy machine typing and reloading can take longer than the autosave delay.
  await checklist.openItem('Art. 7(1)');
  const evidence = checklist.panelField('Evidence and notes');
  await page.route('**/api/assessments.updateItem', () => undefined);
  await evidence.fill('Computer Misuse and Cybercrimes Act 2018, section 14.');
  await expect(checklist.saveStatus).toHaveText('Saving…');
  await page.reload();
  await checklist.expectLoaded('Kenya 2026');
  await expect(checklist.panel).toBeVisible();
  await expect(evidence).toHaveValue('Computer Misuse and Cybercrimes Act 2018, section 14.');
  await page.unrouteAll({ behavior: 'ignoreErrors' }); // the restored edit may go through now
  await checklist.expectSaved();
  await checklist.showTab('History');
  await expect(page.getByTestId('history-table')).toContainText('Computer Misuse');

  // Typed and closed at once: closing sends it.
  await checklist.showTab('Items');
  await checklist.openItem('Art. 8(1)');
  await checklist.panelField('Evidence and notes').fill('Section 15 covers interception.');
  await checklist.closePanel();
  await checklist.openItem('Art. 8(1)');
  await expect(checklist.panelField('Evidence and notes')).toHaveValue(
    'Section 15 covers interception.',
  );
  await page.reload();
  await checklist.expectLoaded('Kenya 2026');
  await checklist.openItem('Art. 8(1)');
  await expect(checklist.panelField('Evidence and notes')).toHaveValue(
    'Section 15 covers interception.',
  );
  await checklist.panel.getByText('Changes to this item').click();
  await expect(checklist.panel.getByTestId('item-history')).toContainText('Evidence');
});

test('a refused save keeps the edit in the form and shows the server message', async ({
  page,
  server,
}) => {
  const shell = new AppShell(page);
  const list = new ChecklistsPage(page);
  const checklist = new ChecklistPage(page);
  await shell.open(server.url);
  await shell.goTo('Checklists');
  await list.create({ country: 'KE', title: 'Kenya 2026' });
  await list.openChecklist('Kenya 2026');
  await checklist.openItem('Art. 7(1)');
  await checklist.setResult('Gap');
  await checklist.expectSaved();
  // A year longer than the contract allows: the server refuses, the form keeps it.
  await checklist.panel.getByRole('button', { name: 'Add a citation' }).click();
  await checklist.panelField('Act').fill('Penal Code');
  await checklist.panelField('Year').evaluate((input, value) => {
    (input as unknown as { maxLength: number }).maxLength = 100;
    void value;
  }, null);
  await checklist.panelField('Year').fill('2018 and later');
  await expect(checklist.saveStatus).toContainText('Not saved:');
  await expect(checklist.saveStatus).toContainText('year');
  await expect(checklist.panelField('Year')).toHaveValue('2018 and later');
  await expectAccessible(page, 'save refused');
  await checklist.panelField('Year').fill('2018');
  await checklist.expectSaved();
});
