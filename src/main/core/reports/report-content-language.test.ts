import { afterAll, beforeAll, expect, it } from 'vitest';
import { join } from 'node:path';
import { createWorkbench, DATABASE_FILE_NAME, type Workbench } from '../workbench';
import { openConnection } from '../db/connection';
import { createSessionResults } from '../sessions/session-results';
import { createSessionStore } from '../sessions/session-store';
import { createQuizStore } from '../sessions/quiz-store';
import { callOk, PROJECT_RESOURCES, tempDir } from '../testing/fixtures';
import type { QuestionSource } from '../../../shared/content/pack';
import type { Answer } from '../../../shared/training/scoring';

// A workshop report in Vietnamese names the articles by their Vietnamese titles (from the
// bundled translation), and in English by the English ones.
let workbench: Workbench;
let cleanup: () => void;
let dataDir: string;
beforeAll(async () => {
  const data = tempDir();
  cleanup = data.cleanup;
  dataDir = data.dir;
  workbench = await createWorkbench({
    dataDir,
    resourcesDir: PROJECT_RESOURCES,
    shell: 'browser',
    appVersion: 't',
  });
});
afterAll(() => {
  workbench.close();
  cleanup();
});

function rightAnswer(q: QuestionSource): Answer {
  if (q.type === 'matching') return Object.fromEntries(q.pairs.map((p) => [p.left, p.right]));
  return q.answer.length === 1 && q.type !== 'multiple' ? q.answer[0]! : q.answer;
}

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
    expect(vietnamese.byChapter.map((c) => c.title)).toEqual(
      english.byChapter.map((c) => chapters.find((v) => v.number === c.chapter)!.title),
    );
  } finally {
    db.close();
  }
});
