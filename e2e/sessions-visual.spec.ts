import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { type QuizDetail } from './pages/session-page';
import { answerFor } from './support/answers';
import { Api, createChecklist } from './support/api';
import { expectNoHorizontalOverflow, saveScreenshot } from './support/screenshots';

// The workshop screens in each look the design promises; the PNGs are for people to review.
const VARIANTS = [
  { name: '1280x800-light', viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
  { name: '1024x700-light', viewport: { width: 1024, height: 700 }, colorScheme: 'light' },
  { name: '1280x800-dark', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
] as const;

const PEOPLE = [
  {
    name: 'Nguyễn Thị Hoa',
    organisation: 'Viện Kiểm sát nhân dân tối cao',
    country: 'VN',
    role: 'Kiểm sát viên',
    gender: 'female',
  },
  {
    name: 'Trần Quốc Bảo',
    organisation: 'Bộ Công an',
    country: 'VN',
    role: 'Điều tra viên',
    gender: 'male',
  },
  {
    name: 'Lê Minh Châu',
    organisation: 'Tòa án nhân dân tối cao',
    country: 'VN',
    role: 'Thẩm phán',
    gender: 'female',
  },
  {
    name: 'أحمد بن علي',
    organisation: 'وزارة العدل',
    country: 'MA',
    role: 'Prosecutor',
    gender: 'male',
  },
  {
    name: 'Amina Diallo',
    organisation: 'Ministère de la Justice',
    country: 'SN',
    role: 'Magistrate',
    gender: 'female',
  },
  {
    name: 'Carlos Ramírez',
    organisation: 'Fiscalía General',
    country: 'PE',
    role: 'Fiscal',
    gender: 'male',
  },
] as const;

async function seed(api: Api): Promise<string> {
  const vn = await createChecklist(api, { country: 'VN', title: 'Đánh giá quốc gia 2026' });
  for (const [i, item] of vn.items.filter((x) => x.chapter === 'II').entries())
    await api.call('assessments.updateItem', {
      assessmentId: vn.id,
      itemId: item.id,
      result: i % 3 === 0 ? 'gap' : i % 3 === 1 ? 'partial' : 'implemented',
    });
  const { id } = await api.call<{ id: string }>('sessions.create', {
    title: 'Hội thảo về Công ước Hà Nội cho cán bộ tư pháp',
    startDate: '2026-03-03',
    endDate: '2026-03-05',
    place: 'Hà Nội',
    organiser: 'UNODC',
    facilitators: ['Nguyễn Thị Lan', 'Pierre Martin'],
    countries: ['VN'],
    audience: 'Prosecutors, judges and police investigators',
  });
  const { participants } = await api.call<{ participants: { id: string }[] }>(
    'sessions.addParticipants',
    { sessionId: id, participants: PEOPLE },
  );
  const days = ['2026-03-03', '2026-03-04', '2026-03-05'];
  await api.call('sessions.setAttendance', {
    sessionId: id,
    marks: participants.flatMap((p, i) =>
      days.map((day, d) => ({
        personId: p.id,
        day,
        state: i === 4 && d === 2 ? 'absent' : i === 5 && d === 1 ? 'partly' : 'present',
      })),
    ),
  });
  await api.call('sessions.setAgenda', {
    sessionId: id,
    items: [
      { kind: 'quiz', ref: 'uncc.quiz.pre-test', day: days[0], startTime: '09:00', minutes: 30 },
      { kind: 'chapter', ref: 'II', day: days[0], startTime: '09:30', minutes: 15 },
      { kind: 'article', ref: '7', day: days[0], startTime: '09:45', minutes: 45 },
      { kind: 'break', title: 'Giải lao', day: days[0], startTime: '10:30', minutes: 15 },
      { kind: 'article', ref: '8', day: days[0], startTime: '10:45', minutes: 45 },
      {
        kind: 'discussion',
        title: 'Case study: ransomware on a hospital',
        day: days[1],
        minutes: 60,
      },
      { kind: 'quiz', ref: 'uncc.quiz.post-test', day: days[2], startTime: '15:00', minutes: 30 },
    ],
  });
  const pre = await api.call<QuizDetail>('quizzes.get', { id: 'uncc.quiz.pre-test' });
  const post = await api.call<QuizDetail>('quizzes.get', { id: 'uncc.quiz.post-test' });
  for (const [i, p] of participants.entries()) {
    const submit = (quiz: QuizDetail, share: number) =>
      api.call('attempts.submit', {
        sessionId: id,
        participantId: p.id,
        quizId: quiz.id,
        responses: quiz.questions.map((q, n) => ({
          questionId: q.id,
          answer: answerFor(q, (n * 7 + i * 3) % 20 < share * 20),
        })),
      });
    await submit(pre, 0.3 + i * 0.05);
    if (i < 5) await submit(post, 0.55 + i * 0.08);
  }
  return id;
}

for (const variant of VARIANTS) {
  test.describe(`workshop screenshots ${variant.name}`, () => {
    test.use({ viewport: variant.viewport, colorScheme: variant.colorScheme });

    test('list, register, attendance, agenda, quiz, results, outputs, presenter', async ({
      page,
      server,
    }) => {
      const api = new Api(page.request, server.url);
      const id = await seed(api);
      const shot = async (name: string, fullPage = true) => {
        const wide = await page.evaluate<string[]>(
          `[...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).filter((e) => !e.closest('.table-scroll') || e.matches('.table-scroll')).slice(0, 8).map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))`,
        );
        if (wide.length) console.log(name, wide);
        await expectNoHorizontalOverflow(page);
        await saveScreenshot(page, `${name}-${variant.name}`, fullPage);
      };
      const tab = async (name: string) => {
        await page.getByRole('tab', { name, exact: true }).click();
        await expect(page.getByRole('tab', { name, selected: true })).toBeVisible();
      };

      await page.goto(server.url);
      await page.goto(`${server.origin}/#/sessions`);
      await expect(page.getByRole('link', { name: /Hội thảo/ })).toBeVisible();
      await shot('ws-list', false);

      await page.getByRole('link', { name: /Hội thảo/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: /Hội thảo/ })).toBeVisible();
      await shot('ws-overview');

      await tab('Register');
      const csv = test.info().outputPath('register.csv');
      writeFileSync(
        csv,
        'name,organisation,country,email\nPhạm Văn Đức,Bộ Tư pháp,Vietnam,duc@example.vn\nNguyễn Thị Hoa,Viện Kiểm sát nhân dân tối cao,VN,\nNo Country,Somewhere,,bad-address\n',
      );
      await page.getByLabel('Import register…').setInputFiles(csv);
      await expect(page.getByText(/rows ready to import/)).toBeVisible();
      await shot('ws-register-preview');

      await tab('Attendance');
      await expect(page.getByRole('grid')).toBeVisible();
      await shot('ws-attendance');

      await tab('Agenda');
      await expect(page.getByRole('listitem', { name: 'Block 1: Quiz' })).toBeVisible();
      await shot('ws-agenda');

      await tab('Quizzes');
      await page.getByRole('button', { name: 'Build a quiz' }).click();
      await expect(page.getByText(/questions shown/)).toBeVisible();
      await shot('ws-quizzes');

      await tab('Results');
      await expect(page.getByTestId('gain-figures')).toBeVisible();
      await expect(page.getByTestId('article-gains')).toBeVisible();
      await shot('ws-results', false);
      // Long: each part in its own viewport-sized picture.
      for (const part of ['chapter', 'article', 'matrix', 'items']) {
        await page.evaluate(
          `document.getElementById('ws-${part}-title').scrollIntoView(); window.scrollBy(0, -80);`,
        );
        await shot(`ws-results-${part}`, false);
      }

      await tab('Outputs');
      await page.getByRole('button', { name: 'Check who qualifies' }).click();
      await expect(page.getByTestId('eligibility')).toBeVisible();
      await shot('ws-outputs');

      // One question answered on screen, with its feedback.
      const session = await api.call<{ participants: { id: string }[] }>('sessions.get', { id });
      const attempt = await api.call<{ id: string }>('attempts.start', {
        sessionId: id,
        participantId: session.participants[5]!.id,
        quizId: 'uncc.quiz.post-test',
      });
      await page.goto(`${server.origin}/#/session/${id}/attempt/${attempt.id}`);
      await expect(page.getByText('Question 1 of 20', { exact: true })).toBeVisible();
      await page.locator('.ws-option').nth(1).click();
      await page.getByRole('button', { name: 'Check answer' }).click();
      await expect(page.getByTestId('feedback')).toBeVisible();
      await shot('ws-quiz-feedback');

      // The presenter: the article's summary, a provision, a revealed question.
      await page.goto(`${server.origin}/#/session/${id}/present`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.keyboard.press('ArrowRight');
      await expect(page.getByText(/question 1 of 20/)).toBeVisible();
      await page.keyboard.press('Enter');
      await shot('ws-presenter-question', false);
      for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('heading', { level: 1, name: /^Chapter II/ })).toBeVisible();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(
        page.getByRole('heading', { level: 1, name: 'In plain language' }),
      ).toBeVisible();
      await shot('ws-presenter-summary', false);
      await page.keyboard.press('ArrowRight');
      await expect(page.getByText(/provision 1 of/)).toBeVisible();
      await shot('ws-presenter-provision', false);
    });
  });
}
