import { expect, test } from './fixtures';
import type { QuizDetail } from './pages/session-page';
import { Api, createChecklist } from './support/api';
import { expectNoHorizontalOverflow, saveScreenshot } from './support/screenshots';
import { clippedText } from './support/text-audit';
import { answerFor } from './support/answers';
import { chooseInterfaceLanguage } from './support/navigation';
import { seedHanoiWorkshop } from './support/workshop-seed';

// Country names, dates and numbers in the reader's language on every screen, and a screenshot
// of every page in Arabic and in Vietnamese for people to look at.

const COUNTRIES = ['DE', 'EG', 'FR', 'KR', 'VN'];

async function seed(api: Api, workshopLanguage: string) {
  const checklists: Record<string, string> = {};
  for (const country of COUNTRIES) {
    const made = await createChecklist(api, {
      country,
      title: `Assessment ${country}`,
      date: '2026-03-01',
    });
    checklists[country] = made.id;
    for (const [i, item] of made.items.slice(0, 9).entries())
      await api.call('assessments.updateItem', {
        assessmentId: made.id,
        itemId: item.id,
        result: (i + country.charCodeAt(0)) % 3 === 0 ? 'gap' : 'implemented',
      });
  }
  // A second cycle for Viet Nam, to compare, and a checklist in the trash.
  const second = await createChecklist(api, {
    country: 'VN',
    title: 'Đánh giá 2027',
    date: '2027-01-05',
  });
  const gone = await createChecklist(api, {
    country: 'KR',
    title: 'Old draft',
    date: '2026-12-06',
  });
  await api.call('assessments.delete', { id: gone.id });

  const { workshop, participants } = await seedHanoiWorkshop(
    api,
    workshopLanguage,
    [
      { name: 'Nguyễn Thị Hoa', organisation: 'VKSNDTC', country: 'VN', gender: 'female' },
      { name: 'Trần Quốc Bảo', organisation: 'Bộ Công an', country: 'VN', gender: 'male' },
      { name: 'Lê Minh Châu', organisation: 'TANDTC', country: 'VN', gender: 'female' },
      { name: 'Kim Min-ji', organisation: 'KNPA', country: 'KR', gender: 'female' },
    ],
    [
      { kind: 'quiz', ref: 'uncc.quiz.pre-test', day: '2026-03-03', minutes: 30 },
      { kind: 'article', ref: '11', day: '2026-03-03', minutes: 45 },
      { kind: 'quiz', ref: 'uncc.quiz.post-test', day: '2026-03-05', minutes: 30 },
    ],
  );
  for (const [quizId, share] of [
    ['uncc.quiz.pre-test', 0.4],
    ['uncc.quiz.post-test', 0.8],
  ] as const) {
    const quiz = await api.call<QuizDetail>('quizzes.get', { id: quizId });
    for (const [i, p] of participants.entries())
      await api.call('attempts.submit', {
        sessionId: workshop,
        participantId: p.id,
        quizId,
        responses: quiz.questions.map((q, n) => ({
          questionId: q.id,
          answer: answerFor(q, (n * 7 + i * 3) % 10 < share * 10),
        })),
      });
  }
  const attempt = await api.call<{ id: string }>('attempts.start', {
    sessionId: workshop,
    participantId: participants[0]!.id,
    quizId: 'uncc.quiz.pre-test',
  });
  return { checklists, second: second.id, workshop, attempt: attempt.id };
}

test('the heat map names and sorts countries in the interface language', async ({
  page,
  server,
}) => {
  const api = new Api(page.request, server.url);
  await seed(api, 'en');
  await page.goto(server.url);
  await page.goto(`${server.origin}/#/checklists/heatmap`);
  const heads = page.getByTestId('heatmap').locator('tbody th a');
  // English: the UN's "Viet Nam", in English alphabetical order (the core lists by code, DE first).
  await expect(heads).toHaveText([
    'Egypt',
    'France',
    'Germany',
    'Republic of Korea',
    'Viet Nam',
    'Viet Nam',
  ]);
  await expect(page.getByText('Vietnam', { exact: true })).toHaveCount(0);

  await chooseInterfaceLanguage(page, server, 'vi');
  await page.goto(`${server.origin}/#/checklists/heatmap`);
  // Vietnamese: the Vietnamese names, Đ after D as the Vietnamese alphabet has it.
  await expect(heads).toHaveText([
    'Ai Cập',
    'Đại Hàn Dân Quốc',
    'Đức',
    'Pháp',
    'Việt Nam',
    'Việt Nam',
  ]);
  await saveScreenshot(page, 'i18n-vi-heatmap-names', true);
});

const LANGUAGES = [
  // The workshop runs in the other language, so the room's screens show the switch.
  {
    code: 'ar',
    workshop: 'vi',
    dir: 'rtl',
    room: 'ltr',
    back: 'Quay lại',
    vietNam: 'فييت نام',
    korea: 'جمهورية كوريا',
  },
  {
    code: 'vi',
    workshop: 'ar',
    dir: 'ltr',
    room: 'rtl',
    back: 'رجوع',
    vietNam: 'Việt Nam',
    korea: 'Đại Hàn Dân Quốc',
  },
] as const;

for (const language of LANGUAGES) {
  test(`every page in ${language.code}, with names, dates and numbers in ${language.code}`, async ({
    page,
    server,
  }) => {
    test.slow();
    const api = new Api(page.request, server.url);
    const ids = await seed(api, language.workshop);
    await chooseInterfaceLanguage(page, server, language.code, language.dir);

    const date = (iso: string) =>
      new Intl.DateTimeFormat(language.code, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${iso}T00:00:00Z`),
      );
    const main = page.locator('#main');
    const session = (tab: string) => `#/session/${ids.workshop}?tab=${tab}`;
    const shots: [name: string, hash: string, ready: () => Promise<void>][] = [
      ['library', '#/', () => expect(page.locator('.chapter').first()).toBeVisible()],
      ['article', '#/article/11', () => expect(page.locator('main h2').first()).toBeVisible()],
      [
        'questions',
        '#/questions',
        () => expect(page.getByTestId('question-card').first()).toBeVisible(),
      ],
      ['packs', '#/packs', () => expect(page.locator('#main table').first()).toBeVisible()],
      ['about', '#/about', () => expect(page.locator('.card').nth(2)).toBeVisible()],
      ['checklists', '#/checklists', () => expect(page.getByText('Đánh giá 2027')).toBeVisible()],
      [
        'checklist',
        `#/checklist/${ids.second}`,
        () => expect(page.locator('tbody tr').first()).toBeVisible(),
      ],
      ['heatmap', '#/checklists/heatmap', () => expect(page.getByTestId('heatmap')).toBeVisible()],
      [
        'compare',
        `#/checklists/compare?base=${ids.checklists.VN}&other=${ids.second}`,
        () => expect(main.locator('select').nth(1)).not.toHaveValue(''),
      ],
      ['trash', '#/trash', () => expect(page.getByTestId('trash-row').first()).toBeVisible()],
      [
        'workshops',
        '#/sessions',
        () => expect(page.getByText('Hội thảo Hà Nội 2026')).toBeVisible(),
      ],
      ...(
        ['overview', 'register', 'attendance', 'agenda', 'quizzes', 'live', 'outputs'] as const
      ).map((tab): [string, string, () => Promise<void>] => [
        `workshop-${tab}`,
        session(tab),
        () => expect(page.locator('h1')).toContainText('Hội thảo'),
      ]),
      [
        'workshop-results',
        session('results'),
        () => expect(page.getByTestId('article-gains')).toBeVisible(),
      ],
    ];
    const clipped: string[] = [];
    for (const [name, hash, ready] of shots) {
      await page.goto(`${server.origin}/${hash}`);
      await ready();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      await expectNoHorizontalOverflow(page);
      for (const clip of await clippedText(page)) clipped.push(`${name}: ${clip}`);
      await saveScreenshot(page, `i18n-screens-${language.code}-${name}`, true);
    }
    expect(clipped, 'text cut off').toEqual([]);

    // Names, dates and numbers in the interface language where the core used to send English.
    await page.goto(`${server.origin}/#/trash`);
    const trashed = page.getByTestId('trash-row').first();
    await expect(trashed).toContainText(`${language.korea} · ${date('2026-12-06')}`);
    await page.goto(`${server.origin}/#/checklist/${ids.second}`);
    await expect(page.locator('.page-header__meta')).toContainText(date('2027-01-05'));
    await expect(page.locator('.page-header__meta')).toContainText(language.vietNam);

    // The room's screens in the workshop's language: presenter, quiz-taking, live room.
    await page.goto(`${server.origin}/#/session/${ids.workshop}/present`);
    await expect(page.locator('.workshop-language')).toHaveAttribute('dir', language.room);
    await saveScreenshot(page, `i18n-screens-${language.code}-presenter`, false);
    await page.goto(`${server.origin}/#/session/${ids.workshop}/attempt/${ids.attempt}`);
    await expect(page.locator('.workshop-language')).toHaveAttribute('dir', language.room);
    await expect(main.locator('fieldset, .ws-question').first()).toBeVisible();
    await saveScreenshot(page, `i18n-screens-${language.code}-attempt`, true);
    const room = await api.call<{ id: string }>('live.open', {
      kind: 'quiz',
      sessionId: ids.workshop,
      quizId: 'uncc.quiz.pre-test',
      host: '127.0.0.1',
      port: 0,
    });
    await page.goto(`${server.origin}/#/live/${room.id}`);
    await expect(page.locator('.workshop-language')).toHaveAttribute('dir', language.room);
    await expect(page.getByRole('link', { name: language.back })).toBeVisible();
    await saveScreenshot(page, `i18n-screens-${language.code}-live-room`, false);
    const vote = await api.call<{ id: string }>('live.open', {
      kind: 'vote',
      assessmentId: ids.second,
      host: '127.0.0.1',
      port: 0,
    });
    await page.goto(`${server.origin}/#/live/${vote.id}`);
    // A vote room has no workshop: the interface language, with the country named in it.
    await expect(page.locator('.workshop-language')).toHaveAttribute('dir', language.dir);
    await expect(page.locator('.lr-header__title')).toContainText(language.vietNam);
    await saveScreenshot(page, `i18n-screens-${language.code}-vote-room`, false);
    await api.call('live.close', { roomId: room.id });
    await api.call('live.close', { roomId: vote.id });
  });
}
