import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paperLetter, paperRights } from '../../../shared/training/paper-order';
import { callOk, PROJECT_RESOURCES, tempDir } from '../testing/fixtures';
import { createWorkbench, type Workbench } from '../workbench';
import { CHROMIUM, PAGES_DIR, pdfFile, renderPages } from './testing';

const canPrint = existsSync(CHROMIUM);
if (!canPrint) console.warn(`paper sheets: skipped, no Chromium at ${CHROMIUM} to print with`);

let workbench: Workbench;
let cleanup: () => void;
let work: string;
let sessionId: string;
const NAMES = ['Nguyễn Thị Hồng Nhung', 'Amina Otieno', 'فاطمة الزهراء'];

beforeAll(async () => {
  const data = tempDir();
  cleanup = data.cleanup;
  work = join(data.dir, 'out');
  mkdirSync(work, { recursive: true });
  workbench = await createWorkbench({
    dataDir: join(data.dir, 'data'),
    resourcesDir: PROJECT_RESOURCES,
    shell: 'browser',
    appVersion: 't',
  });
  for (const f of existsSync(PAGES_DIR) ? readdirSync(PAGES_DIR) : [])
    if (/^paper-/.test(f)) rmSync(join(PAGES_DIR, f));
  ({ id: sessionId } = await callOk(workbench, 'sessions.create', {
    title: 'Hội thảo Nairobi — Hà Nội',
    startDate: '2026-12-01',
    endDate: '2026-12-02',
    place: 'Nairobi',
    organiser: 'Regional Training Centre',
  }));
  await callOk(workbench, 'sessions.addParticipants', {
    sessionId,
    participants: [
      { name: NAMES[0]!, organisation: 'Bộ Công an', country: 'VN' },
      { name: NAMES[1]!, organisation: 'Office of the DPP', country: 'KE' },
      { name: NAMES[2]!, organisation: 'النيابة العامة', country: 'EG' },
    ],
  });
}, 120_000);

afterAll(() => {
  workbench?.close();
  cleanup?.();
});

const pdfOf = (file: { contentBase64: string }) => Buffer.from(file.contentBase64, 'base64');
const pageCount = (info: string) => Number(/Pages:\s+(\d+)/.exec(info)?.[1]);

describe.skipIf(!canPrint)('the paper fallback', () => {
  it('prints the answer sheet without answers and the key with them, in the same order', async () => {
    const quiz = await callOk(workbench, 'quizzes.get', { id: 'uncc.quiz.pre-test' });
    const sheetFile = await callOk(workbench, 'reports.renderQuizSheet', {
      quizId: quiz.id,
      sessionId,
    });
    const keyFile = await callOk(workbench, 'reports.renderQuizSheet', {
      quizId: quiz.id,
      sessionId,
      key: true,
    });
    expect(sheetFile.fileName).toMatch(/^answer-sheet-.*\.pdf$/);
    expect(keyFile.fileName).toMatch(/^answer-key-.*\.pdf$/);
    const sheet = pdfFile(work, pdfOf(sheetFile), 'sheet');
    const key = pdfFile(work, pdfOf(keyFile), 'key');
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    for (const text of [sheet.text, key.text]) {
      expect(text).toContain('Hội thảo Nairobi');
      let at = 0;
      // Every question in the quiz's order, each option in paper order after its prompt.
      for (const q of quiz.questions) {
        const found = flat(text).indexOf(flat(q.prompt).slice(0, 40), at);
        expect(found, q.id).toBeGreaterThanOrEqual(at);
        at = found;
      }
    }
    expect(sheet.text).toContain('Name');
    expect(sheet.text).not.toContain('✓');
    expect(sheet.text).not.toContain('do not hand this page out');
    // The key ticks exactly the keyed options: one tick per keyed option across the quiz.
    const keyed = quiz.questions
      .filter((q) => q.type !== 'matching')
      .reduce((n, q) => n + q.answer.length, 0);
    expect(key.text.match(/✓/g)?.length).toBe(keyed);
    expect(key.text).toContain('do not hand this page out');
    // A keyed option's letter is the one printed beside its tick.
    const first = quiz.questions.find((q) => q.type !== 'matching' && q.answer.length === 1)!;
    const letter = paperLetter(first.options.findIndex((o) => o.id === first.answer[0]));
    const after = flat(key.text).slice(flat(key.text).indexOf(flat(first.prompt).slice(0, 40)));
    expect(after).toMatch(new RegExp(`✓ ?${letter} `));
    renderPages(sheet.file, 'paper-answer-sheet', [1, pageCount(sheet.info)]);
    renderPages(key.file, 'paper-answer-key', [1]);
  }, 120_000);

  it('prints a sign-in page for each day with everyone on the register', async () => {
    const file = await callOk(workbench, 'reports.renderSignInSheet', { sessionId });
    const { text, info, file: path } = pdfFile(work, pdfOf(file), 'sign-in');
    expect(pageCount(info)).toBe(2);
    const pages = text.split('\f');
    for (const [i, day] of ['1 December 2026', '2 December 2026'].entries()) {
      expect(pages[i]).toContain(day);
      expect(pages[i]).toContain('Signature');
      expect(pages[i]).toContain('Kenya');
      expect(pages[i]).toContain('Amina Otieno');
      expect(pages[i]).toContain('Office of the DPP');
      expect(pages[i]).toMatch(new RegExp(`day ${i + 1} of 2`, 'i'));
    }
    renderPages(path, 'paper-sign-in', [1]);
  }, 120_000);

  it('refuses a quiz or workshop that does not exist, by name', async () => {
    const missing = await workbench.dispatch('reports.renderQuizSheet', {
      quizId: 'uncc.quiz.none',
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const noSession = await workbench.dispatch('reports.renderSignInSheet', { sessionId: 'nope' });
    expect(noSession).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('a paper attempt', () => {
  it('records the printed order, so review shows what was on the sheet', async () => {
    const session = await callOk(workbench, 'sessions.get', { id: sessionId });
    const quiz = await callOk(workbench, 'quizzes.get', { id: 'uncc.quiz.pre-test' });
    const q = quiz.questions.find((x) => x.type === 'single')!;
    const { attemptId, score } = await callOk(workbench, 'attempts.submit', {
      sessionId,
      participantId: session.participants[0]!.id,
      quizId: quiz.id,
      responses: [{ questionId: q.id, answer: q.answer[0]! }],
    });
    expect(score).toBe(Math.round((1 / quiz.questions.length) * 1000) / 10);
    const attempt = await callOk(workbench, 'attempts.get', { attemptId });
    expect(attempt.questionIds).toEqual(quiz.questions.map((x) => x.id));
    for (const x of quiz.questions)
      if (x.options.length > 1)
        expect(attempt.optionOrder[x.id]).toEqual(x.options.map((o) => o.id));
  });

  it('lists matching answers alphabetically, whatever the pairs order', () => {
    const pairs = [
      { left: '1', right: 'zeta' },
      { left: '2', right: 'alpha' },
      { left: '3', right: 'mu' },
    ];
    expect(paperRights({ pairs })).toEqual(['alpha', 'mu', 'zeta']);
  });
});
