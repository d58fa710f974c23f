import { expect, test } from './fixtures';
import { Api, createChecklist } from './support/api';
import { chooseInterfaceLanguage } from './support/navigation';
import { expectNoHorizontalOverflow, saveScreenshot } from './support/screenshots';
import { seedHanoiWorkshop } from './support/workshop-seed';

// The interface in Arabic (right to left) and Vietnamese: chosen in settings, kept across a
// reload, mirrored for Arabic; the workshop's own language on the room's screens.

async function seed(api: Api, language = 'en') {
  const checklist = await createChecklist(api, { country: 'VN', title: 'Đánh giá 2026' });
  for (const [i, item] of checklist.items.slice(0, 12).entries())
    await api.call('assessments.updateItem', {
      assessmentId: checklist.id,
      itemId: item.id,
      result: i % 3 === 0 ? 'gap' : i % 3 === 1 ? 'partial' : 'implemented',
    });
  const { workshop, participants } = await seedHanoiWorkshop(
    api,
    language,
    [
      { name: 'Trần Quốc Bảo', organisation: 'Bộ Công an', country: 'VN', gender: 'male' },
      { name: 'أحمد بن علي', organisation: 'وزارة العدل', country: 'MA', gender: 'male' },
    ],
    [
      { kind: 'article', ref: '11', minutes: 45 },
      { kind: 'quiz', ref: 'uncc.quiz.pre-test', minutes: 30 },
    ],
  );
  return { checklist: checklist.id, workshop, participant: participants[0]?.id ?? '' };
}

const LANGUAGES = [
  { code: 'ar', dir: 'rtl', library: 'المكتبة', settings: 'لغة الواجهة' },
  { code: 'vi', dir: 'ltr', library: 'Thư viện', settings: 'Ngôn ngữ giao diện' },
] as const;

for (const language of LANGUAGES) {
  test(`the interface in ${language.code}: chosen in settings, kept, laid out ${language.dir}`, async ({
    page,
    server,
  }) => {
    const ids = await seed(new Api(page.request, server.url));
    await chooseInterfaceLanguage(page, server, language.code, language.dir);
    await expect(page.getByLabel(language.settings)).toHaveValue(language.code);

    // The choice is kept in the settings: a reload (and a new start) shows it again.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    await expect(page.getByRole('link', { name: language.library })).toBeVisible();

    const nav = page.locator('nav').first();
    const main = page.locator('main');
    const shots: [string, string, () => Promise<void>][] = [
      ['library', '#/', () => expect(page.locator('.chapter').first()).toBeVisible()],
      ['article', '#/article/11', () => expect(page.locator('main h2').first()).toBeVisible()],
      [
        'checklist',
        `#/checklist/${ids.checklist}`,
        () => expect(page.locator('tbody tr').first()).toBeVisible(),
      ],
      [
        'workshop',
        `#/session/${ids.workshop}`,
        () => expect(page.locator('h1')).toContainText('Hội thảo'),
      ],
    ];
    for (const [name, hash, ready] of shots) {
      await page.goto(`${server.origin}/${hash}`);
      await ready();
      await expectNoHorizontalOverflow(page);
      // Mirrored: in Arabic the navigation stands to the right of the page, in Vietnamese left.
      const navBox = await nav.boundingBox();
      const mainBox = await main.boundingBox();
      expect(navBox && mainBox).toBeTruthy();
      if (navBox && mainBox) {
        if (language.dir === 'rtl') expect(navBox.x).toBeGreaterThan(mainBox.x);
        else expect(navBox.x).toBeLessThan(mainBox.x);
      }
      await saveScreenshot(page, `i18n-${language.code}-${name}`, true);
    }
  });
}

test.describe('first run', () => {
  test.use({ locale: 'vi-VN' });
  test('follows the browser language until one is chosen', async ({ page, server }) => {
    await page.goto(server.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('link', { name: 'Thư viện' })).toBeVisible();
  });
});

test("the room's screens speak the workshop's language; the facilitator's stay theirs", async ({
  page,
  server,
}) => {
  const api = new Api(page.request, server.url);
  const ids = await seed(api, 'ar');
  const attempt = await api.call<{ id: string }>('attempts.start', {
    sessionId: ids.workshop,
    participantId: ids.participant,
    quizId: 'uncc.quiz.pre-test',
  });
  await page.goto(server.url);

  await page.goto(`${server.origin}/#/session/${ids.workshop}/present`);
  const room = page.locator('.workshop-language');
  await expect(room).toHaveAttribute('lang', 'ar');
  await expect(room).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('button', { name: 'التالي ←' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await saveScreenshot(page, 'i18n-workshop-ar-presenter', false);

  await page.goto(`${server.origin}/#/session/${ids.workshop}/attempt/${attempt.id}`);
  await expect(page.getByRole('link', { name: 'العودة إلى حلقة العمل' })).toBeVisible();
  // Numbers come wrapped in Unicode isolates in right-to-left text.
  await expect(page.getByText(/السؤال [\u2066\u2068]?1\u2069? من/)).toBeVisible();
  // The facilitator's navigation beside it is still English, laid out left to right.
  await expect(page.getByRole('link', { name: 'Library' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  // No Arabic translation of the questions is installed: each says it is shown in English.
  await expect(page.locator('.ws-question__prompt .content-notice--fallback')).toBeVisible();
  await saveScreenshot(page, 'i18n-workshop-ar-attempt', true);
});

test("a Vietnamese workshop's quiz is taken in Vietnamese, with no English marks", async ({
  page,
  server,
}) => {
  const api = new Api(page.request, server.url);
  const ids = await seed(api, 'vi');
  const attempt = await api.call<{ id: string; questionIds: string[] }>('attempts.start', {
    sessionId: ids.workshop,
    participantId: ids.participant,
    quizId: 'uncc.quiz.pre-test',
  });
  const quiz = await api.call<{ title: string; questions: { id: string; prompt: string }[] }>(
    'quizzes.get',
    { id: 'uncc.quiz.pre-test', language: 'vi' },
  );
  const first = quiz.questions.find((q) => q.id === attempt.questionIds[0])!;
  await page.goto(server.url);
  await page.goto(`${server.origin}/#/session/${ids.workshop}/attempt/${attempt.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(quiz.title);
  await expect(page.locator('.ws-question__prompt')).toContainText(first.prompt);
  await expect(page.locator('.content-notice--fallback')).toHaveCount(0);
  await saveScreenshot(page, 'i18n-workshop-vi-attempt', true);
});
