import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArticlePage } from '../pages/article-page';
import { LibraryPage } from '../pages/library-page';
import { ROOT } from '../support/server';

const SKIP_REASON =
  'Electron binary not available on this machine (it is downloaded from GitHub on first run, which this network blocks)';

/**
 * Where the installed Electron binary would be. Reading path.txt ourselves instead of
 * require('electron') matters: requiring it starts a download when the binary is missing.
 */
function electronBinary(): string | null {
  const pathFile = join(ROOT, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(
    ROOT,
    'node_modules',
    'electron',
    'dist',
    readFileSync(pathFile, 'utf8').trim(),
  );
  return existsSync(binary) ? binary : null;
}

test('the library journey in the desktop shell', async () => {
  const binary = electronBinary();
  if (binary === null) {
    console.log(`[electron] skipped: ${SKIP_REASON}`);
    test.skip(true, SKIP_REASON);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'cw-electron-'));
  const app = await electron.launch({
    executablePath: binary,
    args: [join(ROOT, 'out', 'main', 'index.js'), '--data-dir', dataDir],
    env: { ...process.env, CW_DATA_DIR: dataDir },
  });
  try {
    const window = await app.firstWindow();
    const library = new LibraryPage(window);
    await library.expectLoaded();
    await expect(library.chapters).toHaveCount(9);
    await expect(library.articleLinks).toHaveCount(68);

    await library.openArticle(7);
    const article = new ArticlePage(window);
    await article.expectArticle(7, 'Illegal access');
    await article.related.getByRole('link').first().click();
    await window.goBack();
    await article.expectArticle(7, 'Illegal access');
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
