import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryName } from '../../../shared/domain/countries';
import {
  REPORT_LANGUAGES,
  loadReportLanguage,
  reportTranslator,
} from '../../../shared/i18n/report-catalogs';
import { paperLetter, paperRights } from '../../../shared/training/paper-order';
import { callOk, PROJECT_RESOURCES, tempDir } from '../testing/fixtures';
import { createWorkbench, type Workbench } from '../workbench';
import { quizSheetHtml, signInSheetHtml } from './paper-sheets';
import { PAGES_DIR, pdfFile, renderPages } from './testing';
import { SYSTEM_CHROMIUM } from './system-chromium';

const canPrint = existsSync(SYSTEM_CHROMIUM);
if (!canPrint)
  console.warn(`paper sheets: skipped, no Chromium at ${SYSTEM_CHROMIUM} to print with`);

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

  it("prints the sheets in the workshop's language", async () => {
    const { id } = await callOk(workbench, 'sessions.create', {
      title: 'Hội thảo Hà Nội',
      startDate: '2026-12-01',
      endDate: '2026-12-02',
      place: 'Hà Nội',
      organiser: 'Bộ Công an',
      language: 'vi',
    });
    await callOk(workbench, 'sessions.addParticipants', {
      sessionId: id,
      participants: [
        { name: 'Wanjiru Kamau', organisation: 'Office of the DPP', country: 'KE' },
        { name: 'Đỗ Thu Hà', organisation: 'Bộ Công an', country: 'VN' },
      ],
    });
    const file = await callOk(workbench, 'reports.renderSignInSheet', { sessionId: id });
    const { text, info, file: path } = pdfFile(work, pdfOf(file), 'sign-in-vi');
    expect(pageCount(info)).toBe(2);
    const t = reportTranslator('vi', 'paper');
    const first = text.split('\f')[0]!;
    for (const words of [t('signIn.signature'), t('signIn.country'), countryName('KE', 'vi')])
      expect(first).toContain(words);
    // The sheet's kind line is set in capitals.
    expect(first).toContain(t('signIn.titleOfDays', { day: 1, days: 2 }).toLocaleUpperCase('vi'));
    // Vietnamese order: Đ sorts after D and before W.
    expect(first.indexOf('Đỗ Thu Hà')).toBeLessThan(first.indexOf('Wanjiru Kamau'));
    renderPages(path, 'paper-sign-in-vi', [1]);
    const quiz = await callOk(workbench, 'quizzes.get', { id: 'uncc.quiz.pre-test' });
    const sheet = await callOk(workbench, 'reports.renderQuizSheet', {
      quizId: quiz.id,
      sessionId: id,
    });
    const printed = pdfFile(work, pdfOf(sheet), 'sheet-vi');
    expect(printed.text).toContain(t('answerSheet'));
    // The questions are printed in Vietnamese too (the bundled translation), not in English.
    const vi = await callOk(workbench, 'quizzes.get', { id: quiz.id, language: 'vi' });
    const flat = (words: string) => words.replace(/\s+/g, ' ');
    expect(flat(printed.text)).toContain(flat(vi.questions[0]!.prompt).slice(0, 40));
    expect(flat(printed.text)).not.toContain(flat(quiz.questions[0]!.prompt).slice(0, 40));
    renderPages(printed.file, 'paper-quiz-vi', [1]);
  }, 120_000);

  it("writes certificates in the workshop's language when none is asked for", async () => {
    const { id } = await callOk(workbench, 'sessions.create', {
      title: 'Atelier de Dakar',
      startDate: '2026-12-01',
      endDate: '2026-12-02',
      place: 'Dakar',
      language: 'fr',
    });
    await callOk(workbench, 'sessions.addParticipants', {
      sessionId: id,
      participants: [
        { name: 'Aïssatou Diop', organisation: 'Ministère de la Justice', country: 'SN' },
      ],
    });
    const file = await callOk(workbench, 'certificates.render', { sessionId: id });
    const { text, file: path } = pdfFile(work, pdfOf(file), 'certificate-fr');
    await loadReportLanguage('fr');
    const t = reportTranslator('fr', 'certificates');
    for (const words of [t('certificate.completed'), t('certificate.subject'), 'Aïssatou Diop'])
      expect(text.replace(/\s+/g, ' ')).toContain(words);
    renderPages(path, 'paper-certificate-fr', [1]);
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

describe('paper sheet text', () => {
  // Under vitest a missing key or value throws (report-catalogs.ts), with no English fallback.
  it('writes the sheets in every language with no missing text', async () => {
    const quiz = await callOk(workbench, 'quizzes.get', { id: 'uncc.quiz.pre-test' });
    const session = await callOk(workbench, 'sessions.get', { id: sessionId });
    for (const language of REPORT_LANGUAGES) {
      await loadReportLanguage(language);
      const t = reportTranslator(language, 'paper');
      for (const key of [false, true]) {
        const html = quizSheetHtml({
          quizTitle: quiz.title,
          questions: quiz.questions,
          session,
          key,
          language,
          fontCss: '',
        });
        expect(html, language).toContain(key ? t('answerKey') : t('answerSheet'));
        expect(html, language).toContain(t('how', { count: quiz.questions.length }));
      }
      const signIn = signInSheetHtml({ session, blankRows: 2, language, fontCss: '' });
      expect(signIn, language).toContain(t('signIn.signature'));
      expect(signIn.includes('dir="rtl"'), language).toBe(language === 'ar');
    }
  });

  it('says the number of questions in the plural form of each language', async () => {
    await loadReportLanguage('ar');
    await loadReportLanguage('ru');
    const ar = reportTranslator('ar', 'paper');
    const ru = reportTranslator('ru', 'paper');
    expect(ar('how', { count: 2 })).toMatch(/^سؤالان\./);
    expect(ar('how', { count: 5 })).toMatch(/^5 أسئلة\./);
    expect(ar('how', { count: 11 })).toMatch(/^11 سؤالًا\./);
    expect(ru('how', { count: 21 })).toMatch(/^21 вопрос\./);
    expect(ru('how', { count: 3 })).toMatch(/^3 вопроса\./);
    expect(ru('how', { count: 12 })).toMatch(/^12 вопросов\./);
    expect(reportTranslator('en', 'paper')('how', { count: 1 })).toMatch(/^1 question\./);
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
