import { expect, test } from './fixtures';
import { AboutPage } from './pages/about-page';
import { AppShell } from './pages/app-shell';
import { LibraryPage } from './pages/library-page';
import { RecoveryPage } from './pages/recovery-page';
import { expectAccessible } from './support/axe';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corruptDatabase, DATABASE_FILE, startServer } from './support/server';

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

test('a 0-byte database shows the recovery screen, not an empty app', async ({ page, server }) => {
  await server.stop();
  writeFileSync(join(server.dataDir, DATABASE_FILE), '');
  const restarted = await server.restart();

  const recovery = new RecoveryPage(page);
  await recovery.open(restarted.url);
  await expect(page.getByText('The database file is damaged.')).toBeVisible();
  await expect(page.getByText(/is empty \(0 bytes\)/)).toBeVisible();
  await expectAccessible(page, 'recovery for an empty database');
  await page.screenshot({ path: test.info().outputPath('recovery-empty.png'), fullPage: true });
});

test('a read-only database says which folder and what to do, with no restore offered', async ({
  page,
  server,
}) => {
  test.skip(process.getuid?.() !== 0, 'needs root to start the server as the user nobody');
  await server.stop();
  // Root ignores permission bits: the server runs as nobody (uid 65534) over a database it may not write.
  chmodSync(join(server.dataDir, DATABASE_FILE), 0o444);
  chmodSync(server.dataDir, 0o777);
  const asNobody = await startServer(server.dataDir, { uid: 65534, gid: 65534 });
  try {
    const recovery = new RecoveryPage(page);
    await recovery.open(asNobody.url);
    await expect(page.getByText('The data folder cannot be written.')).toBeVisible();
    await expect(
      page.getByText(`cannot write to ${server.dataDir}`, { exact: false }),
    ).toBeVisible();
    await expect(page.getByText(/Restoring a backup cannot help/)).toBeVisible();
    await expect(recovery.restoreButton).toHaveCount(0);
    await expect(recovery.quitButton).toBeEnabled();
    await expectAccessible(page, 'recovery for a read-only database');
    await page.screenshot({
      path: test.info().outputPath('recovery-read-only.png'),
      fullPage: true,
    });
    await page.goto('about:blank');
  } finally {
    await asNobody.stop();
  }
});
