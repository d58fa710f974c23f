import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { ChecklistPage } from './pages/checklist-page';
import { ChecklistsPage } from './pages/checklists-page';
import { Api } from './support/api';
import { asVersion1File, changeForConflict, seedChecklists } from './support/checklist-seed';
import { expectNoHorizontalOverflow, saveScreenshot } from './support/screenshots';
import { ROOT } from './support/server';

// The checklist screens in each look the design promises; the PNGs are for people to review.
const VARIANTS = [
  { name: '1280x800-light', viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
  { name: '1024x700-light', viewport: { width: 1024, height: 700 }, colorScheme: 'light' },
  { name: '1280x800-dark', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
] as const;

for (const variant of VARIANTS) {
  test.describe(`checklist screenshots ${variant.name}`, () => {
    test.use({ viewport: variant.viewport, colorScheme: variant.colorScheme });

    test('list, items and panel, dashboard, export, merge, heat map', async ({ page, server }) => {
      const api = new Api(page.request, server.url);
      const ids = await seedChecklists(api);
      const file = await api.call<{ fileName: string; contentBase64: string }>(
        'assessments.downloadFile',
        { id: ids.vn },
      );
      const sent = test.info().outputPath(file.fileName);
      writeFileSync(sent, asVersion1File(Buffer.from(file.contentBase64, 'base64')));
      await changeForConflict(api, ids.vn);

      const shell = new AppShell(page);
      const list = new ChecklistsPage(page);
      const checklist = new ChecklistPage(page);
      await shell.open(server.url);
      await shell.goTo('Checklists');
      await expect(list.rows).toHaveCount(3);
      await expectNoHorizontalOverflow(page);
      await saveScreenshot(page, `checklists-${variant.name}`);

      await list.importInput.setInputFiles(sent);
      await expect(list.mergeDialog).toBeVisible();
      await list.mergeDialog.getByRole('radio', { name: /^File/ }).first().check();
      await saveScreenshot(page, `checklists-merge-${variant.name}`);
      await list.mergeDialog.getByRole('button', { name: 'Cancel' }).click();

      await page.goto(`${server.origin}/#/checklist/${ids.vn}`);
      await checklist.expectLoaded('Đánh giá quốc gia 2026');
      await expectNoHorizontalOverflow(page);
      await saveScreenshot(page, `checklist-items-${variant.name}`);
      await checklist.openItem('Art. 7(1)');
      await checklist.select('Art. 8(1)');
      await checklist.select('Art. 9(1)');
      await expect(checklist.bulkBar).toBeVisible();
      await page.evaluate('window.scrollTo(0, 0)');
      await expectNoHorizontalOverflow(page);
      await saveScreenshot(page, `checklist-panel-${variant.name}`);
      await checklist.panel.getByText('Changes to this item').click();
      await checklist.panel.evaluate('(panel) => panel.scrollTo(0, 600)');
      await saveScreenshot(page, `checklist-panel-scrolled-${variant.name}`);
      await checklist.closePanel();

      await checklist.showTab('Dashboard');
      await expect(page.getByTestId('chapter-chart')).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await saveScreenshot(page, `checklist-dashboard-${variant.name}`);
      await saveScreenshot(page, `checklist-dashboard-full-${variant.name}`, true);

      await checklist.showTab('History');
      await expectNoHorizontalOverflow(page);
      await saveScreenshot(page, `checklist-history-${variant.name}`);

      await checklist.showTab('Export');
      await page
        .getByLabel('Choose a logo…')
        .setInputFiles(join(ROOT, 'e2e', 'support', 'logo.png'));
      await expect(page.getByRole('img', { name: 'Logo preview: logo.png' })).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await saveScreenshot(page, `checklist-export-${variant.name}`);

      await page.goto(`${server.origin}/#/checklists/compare?base=${ids.vn}&other=${ids.cycle}`);
      await expect(page.getByTestId('comparison')).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await saveScreenshot(page, `checklists-compare-${variant.name}`);

      await page.goto(`${server.origin}/#/checklists/heatmap`);
      await expect(page.getByTestId('heatmap').locator('tbody tr')).toHaveCount(3);
      await expectNoHorizontalOverflow(page);
      await saveScreenshot(page, `checklists-heatmap-${variant.name}`);
    });
  });
}
