import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { Api } from './support/api';
import { expectAccessible } from './support/axe';
import { saveScreenshot } from './support/screenshots';

test.use({ firstRun: true });

test('the first start asks who is working, once, and About shows the answer', async ({
  page,
  server,
}) => {
  const shell = new AppShell(page);
  await shell.open(server.url);
  const dialog = page.getByRole('dialog', { name: 'Welcome to Convention Workbench' });
  await expect(dialog).toContainText('someone on');
  await expectAccessible(page, 'first-run dialog');
  await saveScreenshot(page, 'first-run-1280x800-light');
  await dialog.getByLabel('Your name').fill('Amina Yusuf');
  await dialog.getByLabel('Organisation').fill('Ministry of Justice');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);

  const settings = await new Api(page.request, server.url).call<{ userName: string }>(
    'settings.get',
    {},
  );
  expect(settings).toMatchObject({ userName: 'Amina Yusuf', organisation: 'Ministry of Justice' });
  await page.reload();
  await shell.navigation.getByRole('link', { name: 'About & data' }).click();
  await expect(page.getByLabel('Your name')).toHaveValue('Amina Yusuf');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the first-run question can be skipped and is not asked again', async ({ page, server }) => {
  const shell = new AppShell(page);
  await shell.open(server.url);
  const dialog = page.getByRole('dialog', { name: 'Welcome to Convention Workbench' });
  await dialog.getByRole('button', { name: 'Skip for now' }).click();
  await expect(dialog).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(dialog).toHaveCount(0);
});
