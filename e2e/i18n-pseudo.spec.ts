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
  cycle: 'Đánh giá 2027',
  deleted: 'Bản nháp cũ',
  participant: 'Trần Quốc Bảo',
  roomWorkshop: 'Phòng họp trực tiếp',
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
  // A second cycle to compare, a checklist in the trash and an open live room: the pages
  // issue 10 localised (country names, dates, the room's screen) are walked too.
  const second = await createChecklist(api, {
    country: SEED.country,
    title: SEED.cycle,
    date: '2027-01-05',
  });
  const gone = await createChecklist(api, { country: 'KR', title: SEED.deleted });
  await api.call('assessments.delete', { id: gone.id });
  await api.call('sessions.addParticipants', {
    sessionId: workshop,
    participants: [{ name: SEED.participant, organisation: SEED.organiser, country: 'VN' }],
  });
  // The live room speaks its workshop's language: a workshop in the pseudo-locale shows it.
  const { id: pseudoWorkshop } = await api.call<{ id: string }>('sessions.create', {
    title: SEED.roomWorkshop,
    startDate: '2026-03-03',
    endDate: '2026-03-05',
    countries: ['VN'],
    language: 'en-XA',
  });
  const room = await api.call<{ id: string; code: string; joinUrl: string }>('live.open', {
    kind: 'quiz',
    sessionId: pseudoWorkshop,
    quizId: 'uncc.quiz.pre-test',
    host: '127.0.0.1',
    port: 0,
  });
  const settings = await api.call<{ machineName: string }>('settings.get', {});
  // Names, places and titles the test typed in, the pack's own text, the language names (each
  // in its own language on purpose) and the product's name are not interface strings.
  const allowed = new Set<string>([
    ...packStrings(),
    ...Object.values(SEED).flat(),
    SEED.facilitators.join(', '),
    settings.machineName,
    // The room's join address and code are what people type, not interface text.
    room.joinUrl.replace(/\/$/, ''),
    room.code,
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
    ['heatmap', '#/checklists/heatmap', () => expect(page.getByTestId('heatmap')).toBeVisible()],
    [
      'compare',
      `#/checklists/compare?base=${checklist.id}&other=${second.id}`,
      () => expect(page.locator('#main select').nth(1)).toHaveValue(second.id),
    ],
    ['trash', '#/trash', () => expect(page.getByTestId('trash-row')).toHaveCount(1)],
    [
      'register',
      `#/session/${workshop}?tab=register`,
      () => expect(page.getByTestId('participants')).toBeVisible(),
    ],
    [
      'results',
      `#/session/${workshop}?tab=results`,
      () => expect(page.locator('h1')).toContainText(SEED.workshop),
    ],
    [
      'live-room',
      `#/live/${room.id}`,
      () => expect(page.locator('.lr-join__code').first()).toBeVisible(),
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
  await api.call('live.close', { roomId: room.id });
  expect(problems, 'text not from the catalogs, or cut off').toEqual([]);
});
