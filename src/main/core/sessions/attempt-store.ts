import { randomInt, randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/envelope';
import type { AttemptView, Response } from '../../../shared/domain/sessions';
import { optionOrderFor } from '../../../shared/training/option-order';
import { paperOptionOrder } from '../../../shared/training/paper-order';
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
  option_order: string;
}

interface ResponseRow {
  attempt_id: string;
  question_id: string;
  answer: string;
  credit: number;
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
  const finishedRows = db.prepare<[string], AttemptRow>(
    'SELECT * FROM attempts WHERE session_id = ? AND finished_at IS NOT NULL ORDER BY quiz_id, person_id, rowid',
  );
  const sessionExists = db.prepare('SELECT 1 FROM sessions WHERE id = ?');
  const onRegister = db.prepare(
    'SELECT 1 FROM session_participants WHERE session_id = ? AND person_id = ?',
  );
  const attemptResponses = db.prepare<[string], ResponseRow>(
    'SELECT attempt_id, question_id, answer, credit FROM responses WHERE attempt_id = ? ORDER BY answered_at',
  );
  const finishedResponses = db.prepare<[string], ResponseRow>(
    `SELECT r.attempt_id, r.question_id, r.answer, r.credit FROM responses r
     JOIN attempts a ON a.id = r.attempt_id
     WHERE a.session_id = ? AND a.finished_at IS NOT NULL ORDER BY r.answered_at`,
  );
  const saveResponse = db.prepare(
    `INSERT INTO responses (attempt_id, question_id, answer, credit, answered_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(attempt_id, question_id) DO UPDATE SET answer = excluded.answer, credit = excluded.credit, answered_at = excluded.answered_at`,
  );
  const credits = db
    .prepare<[string], number>('SELECT credit FROM responses WHERE attempt_id = ?')
    .pluck();
  const markFinished = db.prepare('UPDATE attempts SET finished_at = ?, score = ? WHERE id = ?');
  const insertAttempt = db.prepare(
    'INSERT INTO attempts (id, session_id, person_id, quiz_id, question_ids, option_order, started_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );

  function require(id: string): AttemptRow {
    const row = attemptRow.get(id);
    if (!row) throw new AppError('NOT_FOUND', `There is no quiz attempt ${id}.`);
    return row;
  }

  function registered(sessionId: string, personId: string): void {
    if (!sessionExists.get(sessionId))
      throw new AppError('NOT_FOUND', `There is no workshop ${sessionId}.`);
    if (!onRegister.get(sessionId, personId)) {
      throw new AppError(
        'VALIDATION',
        `participantId: ${personId} is not on this workshop's register.`,
      );
    }
  }

  function view(row: AttemptRow, responses: ResponseRow[]): AttemptView {
    return {
      id: row.id,
      sessionId: row.session_id,
      participantId: row.person_id,
      quizId: row.quiz_id,
      questionIds: JSON.parse(row.question_ids) as string[],
      responses: responses.map((r) => ({
        questionId: r.question_id,
        answer: JSON.parse(r.answer) as Response['answer'],
        credit: r.credit,
      })),
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      score: row.score,
      optionOrder: JSON.parse(row.option_order) as Record<string, string[]>,
    };
  }

  /** Checks and stores one answer; an answer that does not fit its question is refused. */
  function record(row: AttemptRow, response: Response): number {
    const questionIds = JSON.parse(row.question_ids) as string[];
    if (!questionIds.includes(response.questionId))
      throw new AppError('VALIDATION', `question ${response.questionId} is not in this quiz.`);
    const checked = scoreAnswer(quizzes.question(response.questionId), response.answer);
    if (!checked.ok) throw new AppError('VALIDATION', `answer: ${checked.message}.`);
    saveResponse.run(
      row.id,
      response.questionId,
      JSON.stringify(response.answer),
      checked.credit,
      new Date().toISOString(),
    );
    return checked.credit;
  }

  function finish(row: AttemptRow): number {
    const questionIds = JSON.parse(row.question_ids) as string[];
    const score = attemptScore(credits.all(row.id), questionIds.length);
    markFinished.run(new Date().toISOString(), score, row.id);
    return score;
  }

  function start(
    sessionId: string,
    personId: string,
    quizId: string,
    shown?: Record<string, string[]>,
  ): AttemptRow {
    registered(sessionId, personId);
    const quiz = quizzes.get(quizId);
    const order = quiz.shuffleQuestions ? shuffled(quiz.questionIds) : quiz.questionIds;
    // Every attempt gets its own option order, so position cues cannot travel between people;
    // `shown` is an order already on someone's screen (a team sharing one device).
    const optionOrder: Record<string, string[]> = { ...shown };
    for (const questionId of shown ? [] : order) {
      const question = quizzes.question(questionId);
      if (question.options.length > 1)
        optionOrder[questionId] = optionOrderFor(question, (n) => randomInt(n));
    }
    const id = randomUUID();
    insertAttempt.run(
      id,
      sessionId,
      personId,
      quizId,
      JSON.stringify(order),
      JSON.stringify(optionOrder),
      new Date().toISOString(),
    );
    return require(id);
  }

  const viewOf = (row: AttemptRow) => view(row, attemptResponses.all(row.id));

  return {
    start: (sessionId: string, personId: string, quizId: string) =>
      viewOf(start(sessionId, personId, quizId)),

    /**
     * Starts an attempt and returns only its id and option order: the live room starts one per
     * participant as they join. `shown` gives the option order when it is already decided.
     */
    begin(
      sessionId: string,
      personId: string,
      quizId: string,
      shown?: Record<string, string[]>,
    ): { id: string; optionOrder: Record<string, string[]> } {
      const row = start(sessionId, personId, quizId, shown);
      return { id: row.id, optionOrder: JSON.parse(row.option_order) as Record<string, string[]> };
    },

    /**
     * One answer stored, returning its credit and nothing else: the live room's path, taken
     * hundreds of times a minute inside its group transaction (answer() also re-reads the
     * whole attempt for the screen that asked).
     */
    record(attemptId: string, response: Response): { credit: number } {
      const row = require(attemptId);
      if (row.finished_at)
        throw new AppError(
          'CONFLICT',
          'This attempt is finished; start a new one to answer again.',
        );
      return { credit: withTransaction(db, () => record(row, response)) };
    },

    answer(attemptId: string, response: Response): AttemptView {
      const row = require(attemptId);
      if (row.finished_at)
        throw new AppError(
          'CONFLICT',
          'This attempt is finished; start a new one to answer again.',
        );
      withTransaction(db, () => record(row, response));
      return viewOf(require(attemptId));
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
        // The attempt records the printed sheet's order (paper-order.ts): what was seen.
        const printed: Record<string, string[]> = {};
        for (const questionId of quizzes.get(quizId).questionIds) {
          const question = quizzes.question(questionId);
          if (question.options.length > 1) printed[questionId] = paperOptionOrder(question);
        }
        const row = start(sessionId, personId, quizId, printed);
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

    get: (attemptId: string) => viewOf(require(attemptId)),

    /** Every finished attempt of a workshop, in two queries however many there are. */
    finishedIn(sessionId: string): AttemptView[] {
      const byAttempt = new Map<string, ResponseRow[]>();
      for (const r of finishedResponses.all(sessionId)) {
        const list = byAttempt.get(r.attempt_id);
        if (list) list.push(r);
        else byAttempt.set(r.attempt_id, [r]);
      }
      return finishedRows.all(sessionId).map((row) => view(row, byAttempt.get(row.id) ?? []));
    },
  };
}

export type AttemptStore = ReturnType<typeof createAttemptStore>;
