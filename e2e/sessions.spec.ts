import type { Download, Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { SessionPage, type QuizDetail } from './pages/session-page';
import { Api } from './support/api';
import { expectAccessible } from './support/axe';
import { expectNoHorizontalOverflow, saveScreenshot } from './support/screenshots';

const TITLE = 'Hội thảo Công ước Hà Nội — Đà Nẵng 2026';
const AN = 'Nguyễn Văn An';
const FATIMA = 'فاطمة الزهراء';
const WANG = '王小明';

const REGISTER_CSV = [
  'name,organisation,country,role,gender,email',
  `${AN},Bộ Công an,VN,Điều tra viên,male,an.nguyen@example.vn`,
  `${FATIMA},وزارة العدل,EG,Prosecutor,female,fatima@example.eg`,
  `${WANG},公安部,CN,Judge,male,wang@example.cn`,
  'Bad Row,Ministry,Atlantis,,,not-an-email',
].join('\n');

async function bytesOf(download: Download): Promise<Buffer> {
  return readFileSync(await download.path());
}

async function check(page: Page, label: string): Promise<void> {
  await expectAccessible(page, label);
  await expectNoHorizontalOverflow(page);
}

test('a facilitator runs a workshop from register to certificates', async ({ page, server }) => {
  const api = new Api(page.request, server.url);
  const shell = new AppShell(page);
  const ws = new SessionPage(page);
  await shell.open(server.url);

  // The list, empty, then a new two-day workshop for Viet Nam.
  await shell.navigation.getByRole('link', { name: 'Workshops' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
  await expect(page.getByText('No workshop yet.')).toBeVisible();
  await check(page, 'workshops, empty');
  await page.getByRole('button', { name: 'New workshop' }).click();
  await expectAccessible(page, 'new workshop dialog');
  await page.keyboard.press('Escape');
  await ws.createWorkshop({
    title: TITLE,
    start: '2026-03-03',
    end: '2026-03-04',
    place: 'Đà Nẵng',
    country: 'VN',
  });
  await check(page, 'workshop overview');
  await page.getByRole('link', { name: 'All workshops' }).click();
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(TITLE) })).toContainText('Đà Nẵng');
  await saveScreenshot(page, 'sessions-list-1280x800-light');
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const sessionId = /#\/session\/([A-Za-z0-9-]+)/.exec(page.url())?.[1] ?? '';
  expect(sessionId).not.toBe('');

  // The register: a CSV with three good rows and one bad one.
  let panel = await ws.openTab('Register');
  const csv = test.info().outputPath('register.csv');
  writeFileSync(csv, REGISTER_CSV);
  await panel.getByLabel('Import register…').setInputFiles(csv);
  const preview = panel.getByRole('region', { name: /Preview of register\.csv/ });
  await expect(preview).toBeVisible();
  await expect(
    preview.getByText('3 rows ready to import, 1 with problems', { exact: false }),
  ).toBeVisible();
  const bad = preview.getByTestId('register-row-5');
  await expect(bad).toContainText('Country:');
  await expect(bad).toContainText('"Atlantis" is not a country name or ISO code.');
  await expect(bad).toContainText('E-mail:');
  await check(page, 'register import preview');
  await saveScreenshot(page, 'register-import-preview-1280x800-light', true);
  await preview.getByRole('button', { name: 'Import 3 rows' }).click();
  await expect(page.getByTestId('register-import-result')).toContainText('3 added');
  await expect(page.getByTestId('register-import-result')).toContainText('Skipped row: 5.');
  const participants = panel.getByTestId('participants');
  for (const name of [AN, FATIMA, WANG])
    await expect(participants.getByRole('rowheader', { name })).toBeVisible();
  await expect(participants).toContainText('Egypt');
  await panel.getByRole('button', { name: 'Look for duplicates' }).click();
  await expect(panel.getByText('No possible duplicates found.')).toBeVisible();
  await check(page, 'register');

  // Attendance: everyone present on day 1; on day 2 An present, Fatima partly (by keyboard).
  panel = await ws.openTab('Attendance');
  await panel.getByLabel('Day', { exact: true }).selectOption('2026-03-03');
  await panel.getByRole('button', { name: 'Mark everyone present' }).click();
  await expect(panel.getByText('All marks saved')).toBeVisible();
  const grid = panel.getByRole('grid');
  await expect(grid.getByRole('button', { name: /: Present$/ })).toHaveCount(3);
  const anDay2 = grid
    .getByRole('row', { name: new RegExp(AN) })
    .getByRole('button')
    .nth(1);
  await expect(anDay2).toHaveAccessibleName(/: Not marked$/);
  await anDay2.click();
  await expect(anDay2).toHaveAccessibleName(/: Present$/);
  await expect(anDay2).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('l');
  const fatimaDay2 = grid
    .getByRole('row', { name: new RegExp(FATIMA) })
    .getByRole('button')
    .nth(1);
  await expect(fatimaDay2).toHaveAccessibleName(/: Partly$/);
  await expect(fatimaDay2).toBeFocused();
  await expect(panel.getByText('All marks saved')).toBeVisible();
  await check(page, 'attendance');
  await saveScreenshot(page, 'attendance-1280x800-light');
  const saved = await api.call<{ attendance: { state: string }[] }>('sessions.get', {
    id: sessionId,
  });
  expect(saved.attendance.map((a) => a.state).sort()).toEqual([
    'partly',
    'present',
    'present',
    'present',
    'present',
  ]);

  // Agenda: an article, a break and a quiz; the break moved before the article by keyboard.
  panel = await ws.openTab('Agenda');
  await panel.getByRole('button', { name: 'Article', exact: true }).click();
  await panel.getByLabel('Article', { exact: true }).selectOption('7');
  await panel.getByRole('button', { name: 'Quiz', exact: true }).click();
  await panel.getByLabel('Quiz', { exact: true }).selectOption('uncc.quiz.warm-up');
  await panel.getByRole('button', { name: 'Break', exact: true }).click();
  await panel.getByLabel('Title (optional)').last().fill('Giải lao');
  await panel.getByRole('button', { name: 'Move block 3 (Break) up' }).click();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(panel.getByRole('listitem', { name: 'Block 1: Break' })).toBeVisible();
  await expect(panel.getByRole('status').filter({ hasText: 'moved to position 1' })).toBeAttached();
  // Autosaved: no save button to forget.
  await expect(panel.getByText('All changes saved')).toBeVisible();
  await check(page, 'agenda');
  await saveScreenshot(page, 'agenda-1280x800-light', true);
  const agenda = await api.call<{ agenda: { kind: string }[] }>('sessions.get', { id: sessionId });
  expect(agenda.agenda.map((a) => a.kind)).toEqual(['break', 'article', 'quiz']);

  // Pre-test: An on screen with feedback after each answer, Fatima typed in from paper.
  const pre = await api.call<QuizDetail>('quizzes.get', { id: 'uncc.quiz.pre-test' });
  const post = await api.call<QuizDetail>('quizzes.get', { id: 'uncc.quiz.post-test' });
  await ws.startQuiz(AN, /pre-test/, false);
  await expect(page.getByText('Question 1 of 20', { exact: true })).toBeVisible();
  await check(page, 'quiz question');
  await ws.answerCurrent(pre, 'wrong', false);
  await expect(page.getByTestId('feedback')).toContainText('Wrong');
  await expect(page.getByTestId('feedback')).toContainText('Explanation');
  await check(page, 'quiz feedback');
  await saveScreenshot(page, 'quiz-feedback-1280x800-light', true);
  // Reopening continues where they left off: question 2.
  await page.reload();
  await expect(page.getByText('Question 2 of 20', { exact: true })).toBeVisible();
  await expect(page.getByText('1 of 20 answered').first()).toBeVisible();
  const rest = { ...pre, questions: pre.questions };
  for (let n = 2; n <= 20; n++) {
    await expect(page.getByText(`Question ${n} of 20`, { exact: true })).toBeVisible();
    await ws.answerCurrent(rest, n % 2 === 0 ? 'right' : 'wrong', false);
    if (n < 20) await page.getByRole('button', { name: 'Next question' }).click();
  }
  await page.getByRole('button', { name: 'Finish the quiz' }).click();
  await expect(page.getByTestId('attempt-score')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Review of the answers' })).toBeVisible();
  await check(page, 'quiz review');
  await ws.unlock();

  await ws.enterPaper(FATIMA, /pre-test/, pre, 'wrong');
  await expect(page.getByTestId('paper-score')).toContainText('0%');
  await saveScreenshot(page, 'paper-grid-1280x800-light', true);
  await page.getByRole('button', { name: 'Close' }).click();

  // Removing a participant with attempts moves them, attempts and all, to the trash: Undo
  // brings everything back.
  panel = await ws.openTab('Register');
  await panel.getByRole('button', { name: `Remove ${AN} from the register` }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'moved to the trash' })).toContainText(
    `“${AN}” was moved to the trash.`,
  );
  await expect(panel.getByTestId('participants').getByRole('rowheader', { name: AN })).toHaveCount(
    0,
  );
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(
    panel.getByTestId('participants').getByRole('rowheader', { name: AN }),
  ).toBeVisible();

  // Post-test: both right this time.
  await ws.startQuiz(AN, /post-test/, false);
  await ws.answerAll(post, 'right', false);
  await expect(page.getByTestId('attempt-score')).toHaveText('100%');
  await ws.unlock();
  await ws.enterPaper(FATIMA, /post-test/, post, 'right');
  await expect(page.getByTestId('paper-score')).toContainText('100%');

  // Results: the gain for the group and for each participant.
  panel = await ws.openTab('Results');
  const figures = panel.getByTestId('gain-figures');
  await expect(figures).toContainText('Mean post-test');
  await expect(figures).toContainText('100%');
  await expect(panel.getByText('2 participants took both tests.')).toBeVisible();
  const gains = panel.getByTestId('participant-gains');
  await expect(gains.getByRole('row', { name: new RegExp(AN) })).toContainText('+');
  await expect(gains.getByRole('row', { name: new RegExp(FATIMA) })).toContainText('+');
  // Two people make no group that could be shown without showing a person.
  await expect(panel.getByTestId('group-gains')).toContainText(
    '2 participants are in groups of fewer than 3 and are not shown',
  );
  await expect(panel.getByRole('heading', { name: 'Answers to the post-test' })).toBeVisible();
  await check(page, 'results');
  await saveScreenshot(page, 'results-1280x800-light', true);

  // Outputs: the report as PDF, the certificates, a code that was never issued.
  panel = await ws.openTab('Outputs');
  await check(page, 'outputs');
  const [report] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Export the report' }).click(),
  ]);
  expect(report.suggestedFilename()).toMatch(/\.pdf$/);
  expect((await bytesOf(report)).subarray(0, 4).toString()).toBe('%PDF');
  await expect(panel.getByText(/is ready; your browser saves it/)).toBeVisible();

  await panel.getByRole('button', { name: 'Check who qualifies' }).click();
  const eligibility = panel.getByTestId('eligibility');
  await expect(eligibility).toContainText('2 qualify');
  await expect(eligibility).toContainText('1 does not qualify');
  await expect(eligibility).toContainText(WANG);
  const [certificates] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Create the certificates (PDF)' }).click(),
  ]);
  expect(certificates.suggestedFilename()).toMatch(/\.pdf$/);
  expect((await bytesOf(certificates)).subarray(0, 4).toString()).toBe('%PDF');
  await expect(panel.getByText(/2 certificates in/)).toBeVisible();
  await panel.getByLabel('Code', { exact: true }).fill('WRONG-CODE-1234');
  await panel.getByRole('button', { name: 'Verify' }).click();
  await expect(
    panel.getByText('No certificate with this code was issued here.', { exact: false }),
  ).toBeVisible();
  await check(page, 'outputs after export');
  await saveScreenshot(page, 'outputs-1280x800-light', true);
});

test('the presenter walks the agenda by keyboard', async ({ page, server }) => {
  const api = new Api(page.request, server.url);
  const { id } = await api.call<{ id: string }>('sessions.create', {
    title: 'Presenter check',
    startDate: '2026-03-03',
    endDate: '2026-03-03',
  });
  await api.call('sessions.setAgenda', {
    sessionId: id,
    items: [
      { kind: 'article', ref: '7', minutes: 30 },
      { kind: 'quiz', ref: 'uncc.quiz.warm-up', minutes: 10 },
      { kind: 'chapter', ref: 'II', title: 'The offences, one by one', minutes: 15 },
    ],
  });
  const article = await api.call<{ title: string; provisions: unknown[] }>('library.getArticle', {
    number: 7,
  });
  await page.goto(server.url);
  await page.goto(`${server.origin}/#/session/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Presenter check' })).toBeVisible();
  await page.getByRole('link', { name: 'Present' }).click();

  // No header or navigation: only the slide and its controls.
  await expect(
    page.getByRole('heading', { level: 1, name: `Article 7 — ${article.title}` }),
  ).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByText('Block 1 of 3 · step 1 of', { exact: false })).toBeVisible();
  await check(page, 'presenter title');
  // The timer counts the block's planned minutes.
  await page.keyboard.press('t');
  await expect(page.getByRole('timer')).toContainText('Time left 30:00');
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { level: 1, name: 'In plain language' })).toBeVisible();
  await check(page, 'presenter summary');
  await saveScreenshot(page, 'presenter-summary-1280x800-light');
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByText(`provision 1 of ${article.provisions.length}`, { exact: false }),
  ).toBeVisible();
  await saveScreenshot(page, 'presenter-provision-1280x800-light');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { level: 1, name: 'In plain language' })).toBeVisible();
  await page.keyboard.press('ArrowRight');

  // On to the quiz: past the remaining provisions and the quiz title.
  for (let i = 1; i < article.provisions.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Block 2 of 3', { exact: false })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('question 1 of', { exact: false })).toBeVisible();
  await expect(page.getByText('Press Enter to reveal the answer.')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Correct', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('Why', { exact: true })).toBeVisible();
  // A new block restarts the running timer with its own minutes, not what was left of the last.
  await expect(page.getByRole('timer')).toContainText('Time left 10:00');
  await check(page, 'presenter question revealed');
  await saveScreenshot(page, 'presenter-question-1280x800-light');
  await page.keyboard.press('t');
  await expect(page.getByRole('timer')).toHaveCount(0);

  // A chapter block shows the facilitator's own title, with the chapter it covers above.
  await page.keyboard.press('End');
  await expect(
    page.getByRole('heading', { level: 1, name: 'The offences, one by one' }),
  ).toBeVisible();
  await expect(page.getByText('Chapter II — ', { exact: false })).toBeVisible();
  await saveScreenshot(page, 'presenter-chapter-1280x800-light');

  await page.keyboard.press('Escape');
  await expect(page.getByRole('tab', { name: 'Agenda', selected: true })).toBeVisible();
});
