import { expect, test } from './fixtures';
import { SessionPage } from './pages/session-page';
import { Api } from './support/api';
import { expectAccessible } from './support/axe';
import { saveScreenshot } from './support/screenshots';

interface SavedSession {
  place: string;
  countries: string[];
  agenda: { kind: string; title: string; minutes: number | null }[];
}

test('Overview and Agenda edits survive a tab switch and a reload', async ({ page, server }) => {
  const api = new Api(page.request, server.url);
  const { id } = await api.call<{ id: string }>('sessions.create', {
    title: 'Autosave check',
    startDate: '2026-03-03',
    endDate: '2026-03-04',
    place: 'Hà Nội',
    countries: ['VN'],
  });
  await page.goto(server.url);
  await page.goto(`${server.origin}/#/session/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Autosave check' })).toBeVisible();
  const ws = new SessionPage(page);

  // Overview: edit, then leave the tab straight away (no save button to press).
  let panel = await ws.openTab('Overview');
  await panel.getByLabel('Place').fill('Đà Nẵng');
  await panel.getByRole('combobox', { name: 'Target countries' }).selectOption('TH');
  await ws.openTab('Register');

  // Agenda: a titled break, then leave the tab straight away too.
  panel = await ws.openTab('Agenda');
  await panel.getByRole('button', { name: 'Break', exact: true }).click();
  await panel.getByLabel('Title (optional)').last().fill('Giải lao buổi sáng');
  await ws.openTab('Overview');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Autosave check' })).toBeVisible();
  panel = await ws.openTab('Overview');
  await expect(panel.getByLabel('Place')).toHaveValue('Đà Nẵng');
  await expect(panel.getByRole('list', { name: 'Target countries' })).toContainText('Thailand');
  panel = await ws.openTab('Agenda');
  await expect(panel.getByLabel('Title (optional)').last()).toHaveValue('Giải lao buổi sáng');

  // The report is built from the saved workshop, so it carries the new countries.
  const saved = await api.call<SavedSession>('sessions.get', { id });
  expect(saved.place).toBe('Đà Nẵng');
  expect(saved.countries).toEqual(['VN', 'TH']);
  expect(saved.agenda.map((a) => [a.kind, a.title])).toEqual([['break', 'Giải lao buổi sáng']]);

  // The state line tells the truth: saving, then saved, never a green "unsaved".
  await panel.getByLabel('Title (optional)').last().fill('Giải lao');
  await expect(panel.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await expectAccessible(page, 'agenda autosaved');
  await saveScreenshot(page, 'agenda-autosaved-1280x800-light');
  panel = await ws.openTab('Overview');
  await panel.getByLabel('Title', { exact: true }).fill('');
  await expect(panel.getByText('Not saved: correct the fields marked above')).toBeVisible();
  await saveScreenshot(page, 'overview-not-saved-1280x800-light');
});
