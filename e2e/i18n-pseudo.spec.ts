import { expect, test } from './fixtures';
import { Api, createChecklist } from './support/api';
import { expectNoHorizontalOverflow, saveScreenshot } from './support/screenshots';
import { COUNTRY_CODES, countryName } from '../src/shared/domain/countries';
import { LANGUAGE_NAMES } from '../src/shared/i18n/languages';
import { clippedText, intlNames, packStrings, untranslatedText } from './support/text-audit';

// The pseudo-locale makes every catalog string longer, accented and bracketed. Walking the
// main pages in it finds any text written in code instead of the catalogs, and any layout
// that cuts longer text off.
const SEED = {
  country: 'VN',
  checklist: 'Đánh giá 2026',
  workshop: 'Hội thảo Hà Nội 2026',
  place: 'Hà Nội',
  organiser: 'UNODC',
  facilitators: ['Nguyễn Thị Lan', 'Pierre Martin'],
  audience: 'Kiểm sát viên',
};

test('every visible string on the main pages comes from the catalogs and fits', async ({
  page,
  server,
}) => {
  const api = new Api(page.request, server.url);
  const checklist = await createChecklist(api, {
    country: SEED.country,
    title: SEED.checklist,
    organisation: SEED.organiser,
  });
  const { id: workshop } = await api.call<{ id: string }>('sessions.create', {
    title: SEED.workshop,
    startDate: '2026-03-03',
    endDate: '2026-03-05',
    place: SEED.place,
    organiser: SEED.organiser,
    facilitators: SEED.facilitators,
    countries: ['VN'],
    audience: SEED.audience,
  });
  const settings = await api.call<{ machineName: string }>('settings.get', {});
  // Names, places and titles the test typed in, the pack's own text, the language names (each
  // in its own language on purpose) and the product's name are not interface strings.
  const allowed = new Set<string>([
    ...packStrings(),
    ...Object.values(SEED).flat(),
    SEED.facilitators.join(', '),
    settings.machineName,
    ...Object.values(LANGUAGE_NAMES),
    // Country names are the UN's, in the reader's language, from their own table.
    ...COUNTRY_CODES.flatMap((code) => [countryName(code, 'en'), countryName(code, 'en-XA')]),
    'Convention Workbench',
  ]);

  await page.addInitScript({ content: "localStorage.setItem('cw.pseudoLocale', 'on')" });
  await page.goto(server.url);
  await page.goto(`${server.origin}/#/about`);
  await page.getByLabel('Interface language').selectOption('en-XA');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  // Country and language names are made by Intl in the current language, not by the catalogs.
  for (const name of await intlNames(page, 'en-XA')) allowed.add(name);

  const pages: [name: string, hash: string, ready: () => Promise<void>][] = [
    ['settings', '#/about', () => expect(page.locator('.card').nth(2)).toBeVisible()],
    ['library', '#/', () => expect(page.locator('.chapter').first()).toBeVisible()],
    ['article', '#/article/11', () => expect(page.locator('main h2').first()).toBeVisible()],
    ['checklists', '#/checklists', () => expect(page.getByText(SEED.checklist)).toBeVisible()],
    [
      'checklist',
      `#/checklist/${checklist.id}`,
      () => expect(page.locator('tbody tr').first()).toBeVisible(),
    ],
    ['workshops', '#/sessions', () => expect(page.getByText(SEED.workshop)).toBeVisible()],
    [
      'workshop',
      `#/session/${workshop}`,
      () => expect(page.locator('h1')).toContainText(SEED.workshop),
    ],
  ];
  const problems: string[] = [];
  for (const [name, hash, ready] of pages) {
    await page.goto(`${server.origin}/${hash}`);
    await ready();
    await expect(page.getByRole('status').filter({ hasText: /⟦Ļöáðîñĝ/ })).toHaveCount(0);
    await saveScreenshot(page, `i18n-pseudo-${name}`, true);
    for (const text of await untranslatedText(page, allowed)) problems.push(`${name}: ${text}`);
    for (const clip of await clippedText(page)) problems.push(`${name} clipped: ${clip}`);
    await expectNoHorizontalOverflow(page);
  }
  expect(problems, 'text not from the catalogs, or cut off').toEqual([]);
});
