import type { Download } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { AboutPage } from './pages/about-page';
import { AppShell } from './pages/app-shell';
import { ChecklistPage } from './pages/checklist-page';
import { ChecklistsPage } from './pages/checklists-page';
import { expectAccessible } from './support/axe';
import { expectNoHorizontalOverflow, saveScreenshot } from './support/screenshots';
import { ROOT } from './support/server';

const USER = 'Nguyễn Thị Lan';
const LOGO = join(ROOT, 'e2e', 'support', 'logo.png');
const TITLE = 'Đánh giá quốc gia 2026';
const EVIDENCE =
  'Điều 289 Bộ luật Hình sự 2015 quy định tội xâm nhập trái phép vào mạng máy tính, nhưng chưa bao quát hết các hệ thống thông tin.';

async function downloadedBytes(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

test('a national team fills in a checklist, reports on it and starts a new cycle', async ({
  page,
  server,
}) => {
  const shell = new AppShell(page);
  const list = new ChecklistsPage(page);
  const checklist = new ChecklistPage(page);
  await shell.open(server.url);

  // Who is editing: recorded in the history.
  await shell.goTo('About & data');
  const about = new AboutPage(page);
  await about.expectLoaded();
  await about.setIdentity(USER, 'Bộ Tư pháp');
  await expectAccessible(page, 'about with identity');

  await shell.goTo('Checklists');
  await expect(list.heading).toBeVisible();
  await expect(page.getByText('No checklist yet.')).toBeVisible();
  await expectAccessible(page, 'checklists, empty');

  await list.newButton.click();
  await expectAccessible(page, 'new checklist dialog');
  await page.keyboard.press('Escape');
  await list.create({ country: 'VN', title: TITLE, assessors: 'Nguyễn Thị Lan, Trần Văn Minh' });
  await expect(list.row(TITLE)).toContainText(/Viet ?nam/i);
  await expect(list.row(TITLE)).toContainText('0% assessed');
  await expectAccessible(page, 'checklists list');

  await list.openChecklist(TITLE);
  await checklist.expectLoaded(TITLE);
  await expect(checklist.rows.first()).toBeVisible();
  await expectAccessible(page, 'checklist items');

  // Article 7(1): partially implemented, with a citation, evidence and an overdue action.
  await checklist.openItem('Art. 7(1)');
  await checklist.setResult('Partially implemented');
  await checklist.panel.getByRole('button', { name: 'Add a citation' }).click();
  await checklist.panelField('Act').fill('Bộ luật Hình sự 2015');
  await checklist.panelField('Section').fill('Điều 289');
  await checklist.panelField('Year').fill('2015');
  await checklist.panelField('Evidence and notes').fill(EVIDENCE);
  await checklist.panelField('Priority').selectOption('high');
  await checklist.panelField('Responsible agency').fill('Bộ Công an');
  await checklist.panelField('Target date').fill('2025-06-30');
  await checklist.expectSaved();
  await expect(checklist.panel.getByText('This target date has passed.')).toBeVisible();
  await expectAccessible(page, 'item panel');
  await expectNoHorizontalOverflow(page);

  // A reload keeps everything: the panel comes back with the saved values.
  await page.reload();
  await checklist.expectLoaded(TITLE);
  await expect(checklist.panel).toBeVisible();
  await expect(checklist.panel.getByRole('radio', { name: 'Partially implemented' })).toBeChecked();
  await expect(checklist.panelField('Act')).toHaveValue('Bộ luật Hình sự 2015');
  await expect(checklist.panelField('Section')).toHaveValue('Điều 289');
  await expect(checklist.panelField('Year')).toHaveValue('2015');
  await expect(checklist.panelField('Evidence and notes')).toHaveValue(EVIDENCE);
  await expect(checklist.panelField('Priority')).toHaveValue('high');
  await expect(checklist.panelField('Responsible agency')).toHaveValue('Bộ Công an');
  await expect(checklist.panelField('Target date')).toHaveValue('2025-06-30');
  await expect(checklist.row('Art. 7(1)')).toContainText('Partially implemented');

  // The item's own history, then the whole checklist's.
  await checklist.panel.getByText('Changes to this item').click();
  await expect(checklist.panel.getByTestId('item-history')).toContainText(USER);
  await expect(checklist.panel.getByTestId('item-history')).toContainText(
    'Not assessed → Partially implemented',
  );
  await checklist.showTab('History');
  const history = page.getByTestId('history-table');
  await expect(history).toContainText(USER);
  await expect(history).toContainText('Partially implemented');
  await expect(history).toContainText('Bộ Công an');
  await expectAccessible(page, 'history tab');

  // Bulk: three items of chapter II become gaps; undo brings them back.
  await checklist.showTab('Items');
  await checklist.closePanel();
  await checklist.filter('Chapter', 'II');
  await expect(checklist.count).toContainText('56 of 287 items');
  for (const ref of ['Art. 8(1)', 'Art. 8(2)', 'Art. 9(1)']) await checklist.select(ref);
  await expect(checklist.bulkBar).toContainText('3 items selected');
  await expectAccessible(page, 'bulk bar');
  await checklist.bulkSet('Set result', 'Gap');
  await expect(checklist.toast).toContainText('Updated 3 items');
  for (const ref of ['Art. 8(1)', 'Art. 8(2)', 'Art. 9(1)'])
    await expect(checklist.row(ref)).toContainText('Gap');
  await checklist.undoButton.click();
  // The toast names what was taken back, and offers it again.
  await expect(checklist.toast).toContainText(
    /^Undid: Art\. [89]\([12]\) result, Not assessed → Gap and 2 more changes/,
  );
  await saveScreenshot(page, 'checklist-undo-toast-1280x800-light');
  for (const ref of ['Art. 8(1)', 'Art. 8(2)', 'Art. 9(1)'])
    await expect(checklist.row(ref)).toContainText('Not assessed');
  await checklist.toast.getByRole('button', { name: 'Redo' }).click();
  await expect(checklist.toast).toContainText(/^Redid: Art\. [89]\([12]\) result/);
  for (const ref of ['Art. 8(1)', 'Art. 8(2)', 'Art. 9(1)'])
    await expect(checklist.row(ref)).toContainText('Gap');
  await checklist.undoButton.click();
  for (const ref of ['Art. 8(1)', 'Art. 8(2)', 'Art. 9(1)'])
    await expect(checklist.row(ref)).toContainText('Not assessed');

  // Keyboard: the rows are one tab stop; arrows move, Space selects, Enter opens.
  await checklist.row('Art. 7(1)').focus();
  await page.keyboard.press('ArrowDown');
  await expect(checklist.row('Art. 7(2)')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(checklist.row('Art. 7(2)').getByRole('checkbox')).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(checklist.bulkBar).toContainText('2 items selected');
  await checklist.bulkSet('Set result', 'Gap');
  await expect(checklist.toast).toContainText('Updated 2 items');
  await checklist.row('Art. 8(1)').focus();
  await page.keyboard.press('Control+z');
  await expect(checklist.toast).toContainText(
    /^Undid: Art\. [78]\(\d\) result, Not assessed → Gap and 1 more change/,
  );
  await expect(checklist.row('Art. 7(2)')).toContainText('Not assessed');
  await page.keyboard.press('Control+Shift+z');
  await expect(checklist.toast).toContainText(/^Redid: Art\. [78]\(\d\) result/);
  await expect(checklist.row('Art. 7(2)')).toContainText('Gap');
  await page.keyboard.press('Control+z');
  await expect(checklist.row('Art. 7(2)')).toContainText('Not assessed');
  await checklist.row('Art. 8(1)').focus();
  await page.keyboard.press('Enter');
  await expect(checklist.panel.getByRole('heading', { level: 2 })).toContainText('Art. 8(1)');
  await expect(page.locator('#item-panel-title')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(checklist.panel).toBeHidden();
  await expect(checklist.row('Art. 8(1)')).toBeFocused();

  // One real gap for the dashboard.
  await checklist.select('Art. 8(1)');
  await checklist.bulkSet('Set result', 'Gap');
  await expect(checklist.row('Art. 8(1)')).toContainText('Gap');

  // Notes search.
  await checklist.filters.getByRole('button', { name: 'Clear filters' }).click();
  await checklist.filters.getByLabel('Search the notes').fill('Công an');
  await expect(checklist.count).toContainText('1 of 287 items');
  await expect(checklist.rows).toHaveCount(1);
  await expect(checklist.row('Art. 7(1)')).toBeVisible();
  await expect(checklist.row('Art. 7(1)')).toContainText('Overdue');
  await checklist.filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(checklist.count).toContainText('287 of 287 items');

  // Dashboard: what the report would show.
  await checklist.showTab('Dashboard');
  await expect(page.getByTestId('chapter-chart')).toContainText('Chapter II');
  await expect(page.getByTestId('chapter-chart')).toContainText('1 gap');
  await expect(page.getByTestId('figure-gaps')).toContainText('1');
  await expect(page.getByTestId('figure-overdue')).toContainText('1');
  const plan = page.getByTestId('action-plan');
  await expect(plan.getByRole('heading', { name: /Bộ Công an/ })).toBeVisible();
  await expect(plan.locator('tr.is-overdue')).toContainText('Art. 7(1)');
  await expect(plan.locator('tr.is-overdue')).toContainText('Overdue');
  await expectAccessible(page, 'dashboard');
  await expectNoHorizontalOverflow(page);

  // Export in each format.
  await checklist.showTab('Export');
  await page.getByLabel('Choose a logo…').setInputFiles(LOGO);
  await expect(page.getByRole('img', { name: 'Logo preview: logo.png' })).toBeVisible();
  await page.getByLabel(/Language of the report/).selectOption('vi');
  await expectAccessible(page, 'export tab');
  const pdf = await downloadedBytes(await checklist.exportAs('PDF'));
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  // The default report details the assessed items only (a few pages, not one per provision);
  // every provision is an option that needs the item detail section.
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length).toBeLessThan(20);
  const fullDetail = page.getByLabel(/Include items not yet assessed/);
  await expect(fullDetail).not.toBeChecked();
  await page.getByLabel('Item detail').uncheck();
  await expect(fullDetail).toBeDisabled();
  await page.getByLabel('Item detail').check();
  await expect(fullDetail).toBeEnabled();
  const docx = await downloadedBytes(await checklist.exportAs('Word'));
  expect(docx.subarray(0, 2).toString()).toBe('PK');
  const xlsx = await downloadedBytes(await checklist.exportAs('Excel'));
  expect(xlsx.subarray(0, 2).toString()).toBe('PK');
  const csv = await downloadedBytes(await checklist.exportAs('CSV'));
  expect(csv.toString('utf8')).toContain('Bộ Công an');
  const json = JSON.parse((await downloadedBytes(await checklist.exportAs('JSON'))).toString());
  expect(json.format).toBe('convention-workbench-checklist');
  await expect(page.getByTestId('export-done')).toBeVisible();

  // A new cycle: the same results, so nothing changed; then one item moves.
  await shell.goTo('Checklists');
  await list.newCycle(TITLE, 'Đánh giá 2027');
  await expectAccessible(page, 'list with new cycle');
  await list.compareLink().click();
  const compare = page.getByRole('heading', { level: 1, name: 'Compare cycles' });
  await expect(compare).toBeVisible();
  await list.chooseToCompare('Earlier checklist', TITLE);
  await list.chooseToCompare('Later checklist', 'Đánh giá 2027');
  await expect(page.getByTestId('comparison')).toBeVisible();
  await expect(page.getByTestId('total-improved')).toContainText('0');
  await expect(page.getByTestId('total-regressed')).toContainText('0');
  await expect(page.getByText('No item changed between these two checklists.')).toBeVisible();
  await expectAccessible(page, 'comparison, no change');

  await shell.goTo('Checklists');
  await list.openChecklist('Đánh giá 2027');
  await checklist.openItem('Art. 7(1)');
  await checklist.setResult('Implemented');
  await checklist.expectSaved();
  await page.goBack();
  await page.goBack();
  await expect(page.getByTestId('comparison')).toBeVisible();
  await expect(page.getByTestId('total-improved')).toContainText('1');
  await expect(page.getByTestId('comparison').getByRole('table')).toContainText('Art. 7(1)');

  // A second country, and the heat map of the two.
  await shell.goTo('Checklists');
  await list.create({ country: 'KE', title: 'Kenya national review' });
  await page.getByRole('link', { name: 'Heat map' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Heat map' })).toBeVisible();
  await page.getByRole('checkbox', { name: /Đánh giá 2027/ }).uncheck();
  const heatmap = page.getByTestId('heatmap');
  await expect(heatmap.locator('tbody tr')).toHaveCount(2);
  await expect(heatmap).toContainText(/Viet ?nam/i);
  await expect(heatmap).toContainText('Kenya');
  await expect(heatmap.locator('tbody tr').filter({ hasText: 'Kenya' })).toContainText('—');
  await expect(heatmap.locator('tbody tr').filter({ hasText: /Viet ?nam/i })).toContainText('%');
  await expectAccessible(page, 'heat map');
  await expectNoHorizontalOverflow(page);
});
