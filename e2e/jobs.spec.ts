import { join } from 'node:path';
import { test, expect } from './fixtures';
import { ChecklistPage } from './pages/checklist-page';
import { JOB_SHOTS as SHOTS, startJobTest } from './support/job-test';
import { openAt } from './support/navigation';

// Long jobs run in worker threads: the progress bar moves while the report is made, and the
// export can be cancelled from beside it.

test('a checklist PDF export shows its progress part-way and can be cancelled', async ({
  page,
  server,
  request,
  health,
}) => {
  const api = startJobTest({ request, server, health }, { cancels: true });
  const { id } = await api.call<{ id: string }>('assessments.create', {
    country: 'KE',
    title: 'Export under way',
  });
  await openAt(page, server, `#/checklist/${id}`);
  const checklist = new ChecklistPage(page);
  await checklist.showTab('Export');
  await page.getByRole('radio', { name: /^PDF / }).check();
  // Every provision: a long report, so that the export is still running when we look.
  await page.getByLabel(/Include items not yet assessed/).check();

  const bar = page.getByTestId('export-progress').locator('progress');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  // Part-way: some sections laid out, the PDF not yet printed.
  await expect.poll(async () => Number((await bar.getAttribute('value')) ?? 0)).toBeGreaterThan(0);
  const partWay = Number(await bar.getAttribute('value'));
  expect(partWay).toBeLessThan(100);
  await page
    .getByTestId('export-progress')
    .screenshot({ path: join(SHOTS, 'export-progress-part-way.png') });
  await page.screenshot({ path: join(SHOTS, 'export-tab-part-way.png') });
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  await expect(page.getByTestId('export-done')).toBeVisible();

  // A second export, cancelled as soon as it has a job id to cancel.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const cancel = page.getByRole('button', { name: 'Cancel the report export' });
  await expect(cancel).toBeEnabled();
  await cancel.click();
  await expect(page.getByTestId('export-cancelled')).toHaveText(
    'The export was cancelled. No file was made and nothing was changed.',
  );
  await expect(page.getByTestId('export-progress')).toBeHidden();
  await page.screenshot({ path: join(SHOTS, 'export-cancelled.png') });
  // The core still answers, and a third export goes through.
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  expect((await again).suggestedFilename()).toMatch(/\.pdf$/);
});
