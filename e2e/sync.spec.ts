import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { AboutPage } from './pages/about-page';
import Database from 'better-sqlite3';
import { Api, createChecklist } from './support/api';
import { manifest, packFile, singleChoice } from './support/pack-file';
import { expectAccessible } from './support/axe';
import { saveScreenshot } from './support/screenshots';
import { startServer, type RunningServer } from './support/server';
import { hubTestsUnavailable, startTestHub, type TestHub } from '../src/hub/testing';

if (hubTestsUnavailable) console.warn(`Sync e2e skipped: ${hubTestsUnavailable}`);

/**
 * Whether a writer (a job's worker) holds the database of the server over `dataDir`: a write
 * transaction started here with no waiting is refused as busy while it does.
 */
function writerHolds(dataDir: string): boolean {
  const db = new Database(join(dataDir, 'workbench.sqlite'), { fileMustExist: true, timeout: 0 });
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  } finally {
    db.close();
  }
}

/** A question-only pack of `count` questions: an import that runs for a few seconds. */
function bigPack(path: string, count: number): string {
  const questions = Array.from({ length: count }, (_, n) =>
    singleChoice({
      id: `many.q.${n}`,
      prompt: `Which article makes access to a computer system without right a crime? (${n})`,
      options: [
        { id: 'a', text: 'Article 7' },
        { id: 'b', text: 'Article 1' },
      ],
      answer: ['a'],
      explanation: 'Article 7 is about illegal access.',
      articles: [7],
      difficulty: 'easy',
      audiences: ['police'],
    }),
  );
  const content = {
    manifest: manifest('many', 'Many questions'),
    chapters: [],
    articles: [],
    terms: [],
    questions,
    quizzes: [],
  };
  writeFileSync(path, JSON.stringify(packFile(content)));
  return path;
}

test.describe('sync with a regional hub', () => {
  test.skip(!!hubTestsUnavailable, hubTestsUnavailable ?? '');
  let hub: TestHub;
  const tokens: Record<string, string> = {};
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    hub = await startTestHub();
    for (const org of ['Viet Nam MPS', 'Regional programme']) await hub.admin.addOrganisation(org);
    tokens.hanoi = (await hub.admin.addDevice('Viet Nam MPS', 'Hanoi laptop')).token;
    tokens.officer = (await hub.admin.addDevice('Regional programme', 'Officer')).token;
  });
  test.afterAll(async () => {
    await hub?.cleanup();
  });

  test('settings, Sync now with progress, a conflict decided in the dialog, and a plain error', async ({
    page,
    server,
    health,
  }) => {
    test.setTimeout(180_000);
    health.allow(/status of 503/);
    // The regional officer's desktop: a second browser-mode server over its own data folder.
    const officerDir = mkdtempSync(join(tmpdir(), 'cw-e2e-officer-'));
    let officerServer: RunningServer | null = null;
    try {
      officerServer = await startServer(officerDir);
      const officer = new Api(page.request, officerServer.url);
      const hanoi = new Api(page.request, server.url);
      await hanoi.call('settings.update', { userName: 'Lan Nguyen' });
      await officer.call('settings.update', { userName: 'Amina Otieno' });
      await officer.call('sync.configure', { hubUrl: hub.url, token: tokens.officer });
      const { id, items } = await createChecklist(hanoi, {
        country: 'VN',
        title: 'Viet Nam 2026',
      });
      const item = items[0]!;
      await hanoi.call('assessments.updateItem', {
        assessmentId: id,
        itemId: item.id,
        result: 'partial',
      });

      const shell = new AppShell(page);
      const about = new AboutPage(page);
      await shell.open(server.url);
      await shell.goTo('About & data');
      await about.expectLoaded();
      const panel = page.getByRole('region', { name: 'Sync with the regional hub' });
      await expect(panel.getByText('Sync is off')).toBeVisible();
      await panel.getByLabel('Hub address').fill(hub.url);
      await panel.getByLabel('Device token').fill(tokens.hanoi!);
      await panel.getByRole('button', { name: 'Save' }).click();
      await expect(panel.getByText('A token is stored')).toBeVisible();
      await expect(panel.getByLabel('Device token')).toHaveValue('');
      await panel.getByRole('button', { name: 'Sync now' }).click();
      await expect(panel.getByRole('status')).toContainText(/Sent \d+, received 0\./);
      await expect(panel.getByText('Never', { exact: true })).toHaveCount(0);

      // The officer gets the checklist; both change the same item's result offline.
      await hub.admin.grant('Regional programme', id, 'write');
      await officer.call('sync.run', {});
      const officerItem = (
        await officer.call<{ items: { id: string; provisionId: string }[] }>('assessments.get', {
          id,
        })
      ).items[0]!;
      await officer.call('assessments.updateItem', {
        assessmentId: id,
        itemId: officerItem.id,
        result: 'gap',
      });
      await hanoi.call('assessments.updateItem', {
        assessmentId: id,
        itemId: item.id,
        result: 'implemented',
      });
      await officer.call('sync.run', {});
      await panel.getByRole('button', { name: 'Sync now' }).click();
      await expect(panel.getByRole('status')).toContainText('received 1');
      await expect(panel.getByRole('button', { name: 'Decide conflicts' })).toBeVisible();
      await saveScreenshot(page, 'sync-settings');

      await panel.getByRole('button', { name: 'Decide conflicts' }).click();
      const dialog = page.getByRole('dialog', { name: 'Conflicts from the hub' });
      await expect(dialog.getByText('Viet Nam 2026')).toBeVisible();
      await expect(dialog.getByText(/Amina Otieno, Regional programme/)).toBeVisible();
      await expectAccessible(page, 'sync conflicts');
      await saveScreenshot(page, 'sync-conflicts');
      await dialog.getByRole('radio', { name: /Gap/ }).check();
      await dialog.getByRole('button', { name: 'Keep this value' }).click();
      await expect(dialog.getByText('Nothing waits for a decision.')).toBeVisible();
      await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();

      // The officer's desktop gets the decision and who made it.
      await officer.call('sync.run', {});
      const history = await officer.call<{ actor: string; newValue: string; decided?: number }[]>(
        'assessments.history',
        { assessmentId: id },
      );
      expect(history.find((h) => (h.decided ?? 0) > 0)).toMatchObject({
        actor: 'Lan Nguyen',
        newValue: 'gap',
      });

      // A hub that does not answer: the error says so in plain words.
      const closed = createServer();
      await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
      const { port } = closed.address() as AddressInfo;
      await new Promise((done) => closed.close(done));
      await panel.getByLabel('Hub address').fill(`http://127.0.0.1:${port}`);
      await panel.getByRole('button', { name: 'Save' }).click();
      await panel.getByRole('button', { name: 'Sync now' }).click();
      await expect(panel.getByRole('alert')).toContainText(
        `Cannot reach the hub at http://127.0.0.1:${port} (ECONNREFUSED)`,
      );
      await saveScreenshot(page, 'sync-error', true);
    } finally {
      await officerServer?.stop();
      rmSync(officerDir, { recursive: true, force: true });
    }
  });

  test('a checklist the hub refuses is named in the panel; its change stays unsent', async ({
    page,
    server,
  }) => {
    test.setTimeout(180_000);
    const ownerDir = mkdtempSync(join(tmpdir(), 'cw-e2e-owner-'));
    let ownerServer: RunningServer | null = null;
    try {
      ownerServer = await startServer(ownerDir);
      const owner = new Api(page.request, ownerServer.url);
      const ownerToken = (await hub.admin.addDevice('Viet Nam MPS', 'Owner laptop')).token;
      const readerToken = (await hub.admin.addDevice('Regional programme', 'Reader')).token;
      await owner.call('sync.configure', { hubUrl: hub.url, token: ownerToken });
      const { id } = await createChecklist(owner, { country: 'VN', title: 'Read-only review' });
      await owner.call('sync.run', {});
      await hub.admin.grant('Regional programme', id, 'read');

      const reader = new Api(page.request, server.url);
      await reader.call('sync.configure', { hubUrl: hub.url, token: readerToken });
      await reader.call('sync.run', {});
      const held = await reader.call<{ items: { id: string }[] }>('assessments.get', { id });
      await reader.call('assessments.updateItem', {
        assessmentId: id,
        itemId: held.items[0]!.id,
        result: 'gap',
      });

      const shell = new AppShell(page);
      await shell.open(server.url);
      await shell.goTo('About & data');
      await new AboutPage(page).expectLoaded();
      const panel = page.getByRole('region', { name: 'Sync with the regional hub' });
      await panel.getByRole('button', { name: 'Sync now' }).click();
      const notice = panel.getByRole('alert');
      await expect(notice).toContainText('did not take the changes of one checklist');
      await expect(notice).toContainText('Read-only review');
      await expect(notice).toContainText('may not change checklist');
      await notice.scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'sync-refused');
    } finally {
      await ownerServer?.stop();
      rmSync(ownerDir, { recursive: true, force: true });
    }
  });

  test('Sync now during a long import says it waits, then syncs once the import is over', async ({
    page,
    server,
    dataDir,
  }) => {
    test.setTimeout(180_000);
    const api = new Api(page.request, server.url);
    const token = (await hub.admin.addDevice('Viet Nam MPS', 'Import laptop')).token;
    await api.call('sync.configure', { hubUrl: hub.url, token });
    await createChecklist(api, { country: 'VN', title: 'Synced after an import' });
    const path = bigPack(test.info().outputPath('many.json'), 40_000);

    const shell = new AppShell(page);
    await shell.open(server.url);
    await shell.goTo('About & data');
    await new AboutPage(page).expectLoaded();
    const panel = page.getByRole('region', { name: 'Sync with the regional hub' });
    const importing = api.call('packs.import', { path });
    // Sync now once the import's worker holds its write transaction.
    await expect.poll(() => writerHolds(dataDir), { timeout: 60_000 }).toBe(true);
    await panel.getByRole('button', { name: 'Sync now' }).click();
    await expect(panel.getByRole('status')).toHaveText(
      'An import is running: the sync starts as soon as it has finished.',
    );
    await saveScreenshot(page, 'sync-waiting-for-import');
    // The page answers meanwhile: another screen opens while the import and the sync wait.
    await shell.goTo('Library');
    await expect(page.locator('.chapter').first()).toBeVisible();
    await shell.goTo('About & data');
    await importing;
    await expect(panel.getByRole('status')).toContainText(/Sent \d+, received/);
  });
});
