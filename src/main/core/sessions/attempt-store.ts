import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/envelope';
import type { AttemptView, Response } from '../../../shared/domain/sessions';
import { attemptScore, scoreAnswer } from '../../../shared/training/scoring';
import { withTransaction, type Db } from '../db/connection';
import type { QuizStore } from './quiz-store';

interface AttemptRow {
  id: string;
  session_id: string;
  person_id: string;
  quiz_id: string;
  question_ids: string;
  started_at: string;
  finished_at: string | null;
  score: number | null;
}

function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Quiz attempts, saved answer by answer: closing the app mid-quiz loses nothing. */
export function createAttemptStore(db: Db, quizzes: QuizStore) {
  const attemptRow = db.prepare<[string], AttemptRow>('SELECT * FROM attempts WHERE id = ?');

  function require(id: string): AttemptRow {
    const row = attemptRow.get(id);
    if (!row) throw new AppError('NOT_FOUND', `There is no quiz attempt ${id}.`);
    return row;
  }

  function registered(sessionId: string, personId: string): void {
    if (!db.prepare('SELECT 1 FROM sessions WHERE id = ?').get(sessionId))
      throw new AppError('NOT_FOUND', `There is no workshop ${sessionId}.`);
    if (
      !db
        .prepare('SELECT 1 FROM session_participants WHERE session_id = ? AND person_id = ?')
        .get(sessionId, personId)
    ) {
      throw new AppError(
        'VALIDATION',
        `participantId: ${personId} is not on this workshop's register.`,
      );
    }
  }

  function view(row: AttemptRow): AttemptView {
    return {
      id: row.id,
      sessionId: row.session_id,
      participantId: row.person_id,
      quizId: row.quiz_id,
      questionIds: JSON.parse(row.question_ids) as string[],
      responses: db
        .prepare<[string], { questionId: string; answer: string; credit: number }>(
          'SELECT question_id AS questionId, answer, credit FROM responses WHERE attempt_id = ? ORDER BY answered_at',
        )
        .all(row.id)
        .map((r) => ({
          questionId: r.questionId,
          answer: JSON.parse(r.answer) as Response['answer'],
          credit: r.credit,
        })),
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      score: row.score,
    };
  }

  /** Checks and stores one answer; an answer that does not fit its question is refused. */
  function record(row: AttemptRow, response: Response): void {
    const questionIds = JSON.parse(row.question_ids) as string[];
    if (!questionIds.includes(response.questionId))
      throw new AppError('VALIDATION', `question ${response.questionId} is not in this quiz.`);
    const checked = scoreAnswer(quizzes.question(response.questionId), response.answer);
    if (!checked.ok) throw new AppError('VALIDATION', `answer: ${checked.message}.`);
    db.prepare(
      `INSERT INTO responses (attempt_id, question_id, answer, credit, answered_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(attempt_id, question_id) DO UPDATE SET answer = excluded.answer, credit = excluded.credit, answered_at = excluded.answered_at`,
    ).run(
      row.id,
      response.questionId,
      JSON.stringify(response.answer),
      checked.credit,
      new Date().toISOString(),
    );
  }

  function finish(row: AttemptRow): number {
    const questionIds = JSON.parse(row.question_ids) as string[];
    const credits = db
      .prepare<[string], number>('SELECT credit FROM responses WHERE attempt_id = ?')
      .pluck()
      .all(row.id);
    const score = attemptScore(credits, questionIds.length);
    db.prepare('UPDATE attempts SET finished_at = ?, score = ? WHERE id = ?').run(
      new Date().toISOString(),
      score,
      row.id,
    );
    return score;
  }

  function start(sessionId: string, personId: string, quizId: string): AttemptRow {
    registered(sessionId, personId);
    const quiz = quizzes.get(quizId);
    const order = quiz.shuffleQuestions ? shuffled(quiz.questionIds) : quiz.questionIds;
    const id = randomUUID();
    db.prepare(
      'INSERT INTO attempts (id, session_id, person_id, quiz_id, question_ids, started_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(id, sessionId, personId, quizId, JSON.stringify(order), new Date().toISOString());
    return require(id);
  }

  return {
    start: (sessionId: string, personId: string, quizId: string) =>
      view(start(sessionId, personId, quizId)),

    answer(attemptId: string, response: Response): AttemptView {
      const row = require(attemptId);
      if (row.finished_at)
        throw new AppError(
          'CONFLICT',
          'This attempt is finished; start a new one to answer again.',
        );
      withTransaction(db, () => record(row, response));
      return view(require(attemptId));
    },

    finish(attemptId: string): { score: number } {
      const row = require(attemptId);
      if (row.finished_at) return { score: row.score ?? 0 };
      return { score: withTransaction(db, () => finish(row)) };
    },

    /** A whole attempt at once (a paper quiz typed in afterwards, or an API client): all answers checked first. */
    submit(
      sessionId: string,
      personId: string,
      quizId: string,
      responses: Response[],
    ): { attemptId: string; score: number } {
      return withTransaction(db, () => {
        const row = start(sessionId, personId, quizId);
        const seen = new Set<string>();
        for (const r of responses) {
          if (seen.has(r.questionId))
            throw new AppError('VALIDATION', `question ${r.questionId} is answered twice.`);
          seen.add(r.questionId);
          record(row, r);
        }
        return { attemptId: row.id, score: finish(row) };
      });
    },

    get: (attemptId: string) => view(require(attemptId)),
  };
}

export type AttemptStore = ReturnType<typeof createAttemptStore>;
