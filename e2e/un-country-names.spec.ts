import { expect, test } from './fixtures';
import { Api } from './support/api';
import { saveScreenshot } from './support/screenshots';

// The register lists the UN's names for countries and sorts people by alphabet, not by code
// point: "Đỗ Thu Hà" among the D's, before "Wanjiru"; the country lists offer the UN's names.
test('the register shows UN country names, in alphabetical order of names', async ({
  page,
  server,
}) => {
  const api = new Api(page.request, server.url);
  const { id: sessionId } = await api.call<{ id: string }>('sessions.create', {
    title: 'Hanoi workshop',
    startDate: '2026-12-01',
    endDate: '2026-12-02',
    countries: ['VN'],
  });
  await api.call('sessions.addParticipants', {
    sessionId,
    participants: [
      { name: 'Wanjiru Kamau', organisation: 'ODPP', country: 'KE' },
      { name: 'Đỗ Thu Hà', organisation: 'Bộ Công an', country: 'VN' },
      { name: 'Kim Min-ji', organisation: 'KNPA', country: 'KR' },
      { name: 'Ayşe Demir', organisation: 'EGM', country: 'TR' },
    ],
  });

  await page.goto(server.url);
  await page.goto(`${server.origin}/#/session/${sessionId}?tab=register`);
  const rows = page.getByTestId('participants').locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.locator('th')).toHaveText([
    'Ayşe Demir',
    'Đỗ Thu Hà',
    'Kim Min-ji',
    'Wanjiru Kamau',
  ]);
  await expect(rows.nth(1)).toContainText('Viet Nam');
  await expect(rows.nth(2)).toContainText('Republic of Korea');
  await expect(rows.nth(0)).toContainText('Türkiye');
  await saveScreenshot(page, 'register-un-country-names', true);

  // The country list of a new participant offers the UN name, in alphabetical order.
  const select = page.getByRole('combobox', { name: 'Country' }).first();
  await expect(select.locator('option', { hasText: /^Viet Nam$/ })).toHaveCount(1);
  await expect(select.locator('option', { hasText: /^Vietnam$/ })).toHaveCount(0);
  const labels = await select.locator('option').allTextContents();
  const at = (name: string) => labels.indexOf(name);
  // A code-point sort would put "Côte" after every plain C name, and "Türkiye" after "Tuvalu".
  expect(at('Costa Rica')).toBeLessThan(at("Côte d'Ivoire"));
  expect(at("Côte d'Ivoire")).toBeLessThan(at('Croatia'));
  expect(at('Türkiye')).toBeLessThan(at('Turkmenistan'));
  expect(at('Viet Nam')).toBeLessThan(at('Yemen'));
});
