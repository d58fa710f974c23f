import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { SessionPage } from './pages/session-page';
import { Api } from './support/api';
import { expectAccessible } from './support/axe';
import { saveScreenshot } from './support/screenshots';

interface Session {
  participants: { name: string; organisation: string; email: string | null }[];
}

test('a deleted workshop waits in the trash and comes back whole', async ({ page, server }) => {
  const api = new Api(page.request, server.url);
  const { id } = await api.call<{ id: string }>('sessions.create', {
    title: 'Mombasa workshop',
    startDate: '2026-05-04',
    endDate: '2026-05-05',
    countries: ['KE'],
  });
  await api.call('sessions.addParticipants', {
    sessionId: id,
    participants: [{ name: 'Wanjiru Mwangi', country: 'KE', email: 'wanjiru@example.org' }],
  });
  const shell = new AppShell(page);
  await shell.open(server.url);
  await page.goto(`${server.origin}/#/session/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mombasa workshop' })).toBeVisible();

  // Edit a participant in the register; a bad e-mail is named before anything is sent.
  const ws = new SessionPage(page);
  const panel = await ws.openTab('Register');
  await panel.getByRole('button', { name: 'Edit Wanjiru Mwangi' }).click();
  const form = panel.getByRole('form', { name: 'Edit Wanjiru Mwangi' });
  await form.getByLabel('Organisation').fill('Office of the Director of Public Prosecutions');
  await form.getByLabel('E-mail').fill('wanjiru at example');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByText('Enter an e-mail address such as name@example.org')).toBeVisible();
  await form.getByLabel('E-mail').fill('');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toHaveCount(0);
  await expect(panel.getByTestId('participants')).toContainText(
    'Office of the Director of Public Prosecutions',
  );
  const edited = await api.call<Session>('sessions.get', { id });
  expect(edited.participants[0]).toMatchObject({
    organisation: 'Office of the Director of Public Prosecutions',
    email: null,
  });

  // Delete the workshop: it leaves the list, which offers Undo and the way to the trash.
  await page.getByRole('button', { name: 'Move Mombasa workshop to the trash' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'moved to the trash' })).toContainText(
    '“Mombasa workshop” was moved to the trash.',
  );
  await expect(page.getByRole('link', { name: 'Mombasa workshop' })).toHaveCount(0);

  // Find it in the trash, from the sidebar.
  await shell.navigation.getByRole('link', { name: 'Trash' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeVisible();
  const row = page.getByTestId('trash-row').filter({ hasText: 'Mombasa workshop' });
  await expect(row).toContainText('Workshop');
  await expect(row).toContainText('1 participant');
  await expectAccessible(page, 'trash with a workshop');
  await saveScreenshot(page, 'trash-1280x800-light');

  // "Delete forever" asks first; cancelling keeps it.
  await row.getByRole('button', { name: 'Delete Mombasa workshop forever' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete forever?' });
  await expect(dialog).toContainText('This cannot be undone.');
  await saveScreenshot(page, 'trash-purge-dialog-1280x800-light');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(row).toBeVisible();

  // Restore: back in the list with its register.
  await row.getByRole('button', { name: 'Restore Mombasa workshop' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await shell.navigation.getByRole('link', { name: 'Workshops' }).click();
  await page.getByRole('link', { name: 'Mombasa workshop' }).click();
  const register = await ws.openTab('Register');
  await expect(register.getByTestId('participants')).toContainText('Wanjiru Mwangi');

  // A checklist deleted and purged for good is gone from the trash.
  const { id: checklistId } = await api.call<{ id: string }>('assessments.create', {
    country: 'KE',
    title: 'Kenya draft',
  });
  await page.goto(`${server.origin}/#/checklists`);
  await page.getByRole('button', { name: 'Move Kenya draft to the trash' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'moved to the trash' })).toContainText(
    '“Kenya draft” was moved to the trash.',
  );
  await page.goto(`${server.origin}/#/trash`);
  const checklist = page.getByTestId('trash-row').filter({ hasText: 'Kenya draft' });
  await checklist.getByRole('button', { name: 'Delete Kenya draft forever' }).click();
  await page
    .getByRole('dialog', { name: 'Delete forever?' })
    .getByRole('button', { name: 'Delete forever' })
    .click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  const left = await api.call<{ id: string }[]>('assessments.list', {});
  expect(left.map((c) => c.id)).not.toContain(checklistId);
  expect(await api.call<unknown[]>('trash.list', {})).toEqual([]);
});
