import { expect, test } from './fixtures';
import { AboutPage } from './pages/about-page';
import { AppShell } from './pages/app-shell';
import { expectAccessible } from './support/axe';

test('About shows the data folder and backs up with progress', async ({ page, server }) => {
  const shell = new AppShell(page);
  const about = new AboutPage(page);
  await shell.open(server.url);
  await shell.goTo('About & data');
  await about.expectLoaded();

  await expect(about.fact('Data folder')).toHaveText(server.dataDir);
  await expect(about.fact('Database file')).toHaveText(`${server.dataDir}/workbench.sqlite`);
  await expect(about.fact('Running as')).toHaveText('Browser mode (local server)');
  await expect(about.fact('Installed content packs')).toContainText(
    'UN Convention against Cybercrime',
  );
  await expectAccessible(page, 'about');

  await about.backupButton.click();
  await expect(about.progress).toBeVisible();
  await expect(page.getByText('Backup complete')).toBeVisible();
  await expect(about.progress).toHaveAttribute('value', '100');
  await expect(about.backupFile).toContainText(`${server.dataDir}/backups/workbench-`);
  await expect(about.backupSize).toHaveText(/\d+(\.\d)? (kB|MB|bytes)/);
  await expectAccessible(page, 'about after backup');
});
