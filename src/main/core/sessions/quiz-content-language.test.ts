import { expect, it } from 'vitest';
import { callOk } from '../testing/fixtures';
import { workbenchForFile } from '../testing/file-workbench';
import type { QuestionSource } from '../../../shared/content/pack';
import type { Answer } from '../../../shared/training/scoring';

// A Vietnamese workshop takes its quizzes in Vietnamese (the bundled unofficial translation),
// item by item falling back to English, and scores exactly as an English one does.
const workbench = workbenchForFile();

/** Right for even-numbered questions, a wrong option for odd ones: a mixed score. */
function mixedAnswer(q: QuestionSource, i: number): Answer {
  if (q.type === 'matching') return Object.fromEntries(q.pairs.map((p) => [p.left, p.right]));
  const right = q.answer.length === 1 && q.type !== 'multiple' ? q.answer[0]! : q.answer;
  if (i % 2 === 0) return right;
  const wrong = q.options.find((o) => !q.answer.includes(o.id));
  return wrong ? (q.type === 'multiple' ? [wrong.id] : wrong.id) : right;
}

async function workshop(language: string) {
  const { id } = await callOk(workbench, 'sessions.create', {
    title: `Workshop ${language}`,
    startDate: '2026-12-01',
    endDate: '2026-12-01',
    language,
  });
  const { participants } = await callOk(workbench, 'sessions.addParticipants', {
    sessionId: id,
    participants: [{ name: 'Lan', country: 'VN' }],
  });
  return { session: await callOk(workbench, 'sessions.get', { id }), person: participants[0]! };
}

it("shows a ready-made quiz in the workshop's language and scores it as in English", async () => {
  const english = await callOk(workbench, 'quizzes.get', { id: 'uncc.quiz.post-test' });
  const bank = await callOk(workbench, 'questions.list', { language: 'vi', limit: 2000 });
  const byId = new Map(bank.map((q) => [q.id, q]));

  const scores: number[] = [];
  for (const language of ['en', 'vi']) {
    const { session, person } = await workshop(language);
    const attempt = await callOk(workbench, 'attempts.start', {
      sessionId: session.id,
      participantId: person.id,
      quizId: english.id,
    });
    // As the attempt screen asks: the quiz in the workshop's language.
    const quiz = await callOk(workbench, 'quizzes.get', {
      id: attempt.quizId,
      language: session.language,
    });
    expect(quiz.questions.map((q) => q.id)).toEqual(english.questions.map((q) => q.id));
    expect(quiz.questions.map((q) => q.answer)).toEqual(english.questions.map((q) => q.answer));
    if (language === 'vi') {
      expect(quiz.content).toEqual({
        language: 'vi',
        kind: 'unofficial',
        review: 'awaiting review',
      });
      expect(quiz.title).not.toBe(english.title);
      for (const q of quiz.questions) {
        const vi = byId.get(q.id)!;
        expect(q.content?.language).toBe('vi');
        expect(q.prompt).toBe(vi.prompt);
        expect(q.options.map((o) => o.text)).toEqual(vi.options.map((o) => o.text));
        expect(q.explanation).toBe(vi.explanation);
      }
      expect(quiz.questions.map((q) => q.prompt)).not.toEqual(
        english.questions.map((q) => q.prompt),
      );
    }
    for (const [i, q] of quiz.questions.entries())
      await callOk(workbench, 'attempts.answer', {
        attemptId: attempt.id,
        questionId: q.id,
        answer: mixedAnswer(q, i),
      });
    scores.push((await callOk(workbench, 'attempts.finish', { attemptId: attempt.id })).score);
  }
  expect(scores[0]).toBeGreaterThan(0);
  expect(scores[0]).toBeLessThan(100);
  expect(scores[1]).toBe(scores[0]);
});

it('falls back to English question by question, saying so', async () => {
  const bank = await callOk(workbench, 'questions.list', { language: 'vi', limit: 2000 });
  const translated = bank.find((q) => q.content?.language === 'vi');
  const untranslated = bank.find((q) => q.content?.kind === 'original');
  expect(translated).toBeDefined();
  expect(untranslated).toBeDefined();
  const { id } = await callOk(workbench, 'quizzes.create', {
    title: 'Ôn tập của tôi',
    kind: 'custom',
    questionIds: [translated!.id, untranslated!.id],
    shuffleQuestions: false,
    shuffleOptions: false,
    timeLimitMinutes: null,
  });
  const english = await callOk(workbench, 'questions.list', { limit: 2000 });
  const base = english.find((q) => q.id === untranslated!.id)!;
  const quiz = await callOk(workbench, 'quizzes.get', { id, language: 'vi' });
  // The facilitator's own title is theirs, not a translation that is missing.
  expect(quiz.title).toBe('Ôn tập của tôi');
  expect(quiz.content).toBeUndefined();
  expect(quiz.questions[0]!.prompt).toBe(translated!.prompt);
  expect(quiz.questions[0]!.content?.language).toBe('vi');
  expect(quiz.questions[1]!.prompt).toBe(base.prompt);
  expect(quiz.questions[1]!.content).toEqual({ language: 'en', kind: 'original', review: null });
  // Without a language the answer is exactly as before: no marks at all.
  const plain = await callOk(workbench, 'quizzes.get', { id });
  expect(plain.questions.every((q) => q.content === undefined)).toBe(true);
  expect(plain.questions[1]!.prompt).toBe(base.prompt);
});
