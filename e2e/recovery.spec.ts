import { expect, test } from './fixtures';
import { AboutPage } from './pages/about-page';
import { AppShell } from './pages/app-shell';
import { LibraryPage } from './pages/library-page';
import { RecoveryPage } from './pages/recovery-page';
import { expectAccessible } from './support/axe';
import { corruptDatabase } from './support/server';

test.describe('a corrupt database with no backup', () => {
  test.use({ corruptDb: true });

  test('shows the recovery screen with restore disabled and explained', async ({
    page,
    server,
  }) => {
    const recovery = new RecoveryPage(page);
    await recovery.open(server.url);

    await expect(
      page.getByText(`${server.dataDir}/workbench.sqlite`, { exact: true }),
    ).toBeVisible();
    await expect(page.getByText('There are no backups in the data folder.')).toBeVisible();
    await expect(recovery.restoreButton).toBeDisabled();
    await expect(recovery.restoreButton).toHaveAccessibleDescription(/none was found/);
    await expect(page.getByRole('combobox')).toHaveCount(0); // the app itself stays closed
    await expectAccessible(page, 'recovery');
  });

  test('Quit stops the server and says the window can be closed', async ({ page, server }) => {
    const recovery = new RecoveryPage(page);
    await recovery.open(server.url);
    await recovery.quitButton.click();
    await expect(page.getByRole('heading', { name: 'You can close this window.' })).toBeVisible();
  });
});

test('restoring the newest backup brings the library back', async ({ page, server }) => {
  const shell = new AppShell(page);
  const about = new AboutPage(page);
  await shell.open(server.url);
  await shell.goTo('About & data');
  await about.expectLoaded();
  await about.backUp();
  // Leave the page before its server goes away, so it does not log a lost connection.
  await page.goto('about:blank');

  await server.stop();
  corruptDatabase(server.dataDir);
  const restarted = await server.restart();

  const recovery = new RecoveryPage(page);
  await recovery.open(restarted.url);
  await expect(recovery.backups.getByRole('row')).toHaveCount(2); // header and one backup
  await expect(recovery.restoreButton).toBeEnabled();
  await expectAccessible(page, 'recovery with a backup');
  await recovery.restoreButton.click();

  const library = new LibraryPage(page);
  await library.expectLoaded();
  await expect(library.chapters).toHaveCount(9);
  await expect(library.articleLinks).toHaveCount(68);
});
