import { afterAll, beforeAll, expect, it } from 'vitest';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DATABASE_FILE_NAME, type Workbench } from '../workbench';
import { openConnection } from '../db/connection';
import { createSessionResults } from '../sessions/session-results';
import { createSessionStore } from '../sessions/session-store';
import { createQuizStore } from '../sessions/quiz-store';
import { callOk, openTestWorkbench, PROJECT_RESOURCES, tempDir } from '../testing/fixtures';
import { rightAnswer } from '../testing/answers';

// A workshop report in Vietnamese names the articles by their Vietnamese titles (from the
// bundled translation), and in English by the English ones.
let workbench: Workbench;
let cleanup: () => void;
let dataDir: string;
beforeAll(async () => {
  const data = tempDir();
  cleanup = data.cleanup;
  dataDir = data.dir;
  workbench = await openTestWorkbench(dataDir, PROJECT_RESOURCES);
});
afterAll(() => {
  workbench.close();
  cleanup();
});

it('names articles and chapters in the report language', async () => {
  const { id: sessionId } = await callOk(workbench, 'sessions.create', {
    title: 'Hà Nội',
    startDate: '2026-12-01',
    endDate: '2026-12-01',
  });
  const session = await callOk(workbench, 'sessions.addParticipants', {
    sessionId,
    participants: ['Lan', 'Minh'].map((name) => ({ name, country: 'VN' })),
  });
  const post = await callOk(workbench, 'quizzes.get', { id: 'uncc.quiz.post-test' });
  for (const p of session.participants)
    await callOk(workbench, 'attempts.submit', {
      sessionId,
      participantId: p.id,
      quizId: post.id,
      responses: post.questions.map((q) => ({ questionId: q.id, answer: rightAnswer(q) })),
    });
  // The results the report builder reads, as the report service asks for them.
  const db = openConnection(join(dataDir, DATABASE_FILE_NAME));
  try {
    const results = createSessionResults(db, createSessionStore(db), createQuizStore(db));
    const english = results.of(sessionId);
    const vietnamese = results.of(sessionId, 'vi');
    const vi = await callOk(workbench, 'library.listArticles', { language: 'vi' });
    const chapters = await callOk(workbench, 'library.listChapters', { language: 'vi' });
    expect(english.byArticle.length).toBeGreaterThan(3);
    expect(vietnamese.byArticle.map((a) => a.title)).toEqual(
      english.byArticle.map((a) => vi.find((v) => v.number === a.articleNumber)!.title),
    );
    expect(vietnamese.byArticle.map((a) => a.title)).not.toEqual(
      english.byArticle.map((a) => a.title),
    );
    // Item prompts too: the questions to review read in Vietnamese, not English.
    const post = await callOk(workbench, 'quizzes.get', {
      id: 'uncc.quiz.post-test',
      language: 'vi',
    });
    const prompts = new Map(post.questions.map((q) => [q.id, q.prompt]));
    const items = vietnamese.items.filter((i) => i.quiz === 'post');
    expect(items.length).toBeGreaterThan(3);
    expect(items.map((i) => i.prompt)).toEqual(items.map((i) => prompts.get(i.questionId)));
    expect(items.map((i) => i.prompt)).not.toEqual(
      english.items.filter((i) => i.quiz === 'post').map((i) => i.prompt),
    );
    expect(vietnamese.byChapter.map((c) => c.title)).toEqual(
      english.byChapter.map((c) => chapters.find((v) => v.number === c.chapter)!.title),
    );
  } finally {
    db.close();
  }
});

/** Every text cell of a workbook, so a title can be looked for wherever a sheet puts it. */
async function workbookTexts(base64: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const texts: string[] = [];
  book.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    ),
  );
  return texts.join('\n');
}

it('writes a checklist report with the report language’s titles and provisions', async () => {
  const { id } = await callOk(workbench, 'assessments.create', {
    country: 'VN',
    title: 'Rà soát',
    date: '2026-12-01',
  });
  const items = (await callOk(workbench, 'assessments.get', { id })).items;
  const render = async (language: 'en' | 'vi') =>
    workbookTexts(
      (
        await callOk(workbench, 'reports.renderAssessment', {
          assessmentId: id,
          format: 'xlsx',
          options: { language, detail: 'all' },
        })
      ).contentBase64,
    );
  const [english, vietnamese] = [await render('en'), await render('vi')];
  const numbers = [...new Set(items.map((i) => i.articleNumber))];
  const articles = await Promise.all(
    numbers.map((number) => callOk(workbench, 'library.getArticle', { number, language: 'vi' })),
  );
  const chapters = await callOk(workbench, 'library.listChapters', { language: 'vi' });
  const baseChapters = await callOk(workbench, 'library.listChapters', {});
  let translated = 0;
  for (const article of articles) {
    expect(vietnamese).toContain(article.title);
    for (const p of article.provisions) {
      const item = items.find((i) => i.provisionId === p.id);
      if (!item) continue;
      expect(vietnamese).toContain(p.text);
      if (p.content?.language === 'vi' && p.text !== item.provisionText) {
        translated++;
        expect(english).toContain(item.provisionText);
        expect(vietnamese).not.toContain(item.provisionText);
      }
    }
  }
  // Most of the convention is translated: the check above must have met real translations.
  expect(translated).toBeGreaterThan(items.length / 2);
  for (const c of chapters.filter((c) => items.some((i) => i.chapter === c.number))) {
    expect(vietnamese).toContain(c.title);
    expect(english).toContain(baseChapters.find((b) => b.number === c.number)!.title);
  }
  expect(vietnamese).not.toContain(baseChapters[0]!.title);
});
