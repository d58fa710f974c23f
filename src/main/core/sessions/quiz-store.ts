import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/envelope';
import type { QuestionSource } from '../../../shared/content/pack';
import type { Db } from '../db/connection';

export interface QuizDefinition {
  id: string;
  title: string;
  kind: string;
  description: string | null;
  questionIds: string[];
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  timeLimitMinutes: number | null;
  custom: boolean;
}

/** Quizzes from packs and the facilitator's own, behind one lookup. */
export function createQuizStore(db: Db) {
  const questionBody = db
    .prepare<[string], string>('SELECT body FROM questions WHERE id = ?')
    .pluck();

  function get(id: string): QuizDefinition {
    const pack = db
      .prepare<[string], { id: string; title: string; kind: string; description: string | null }>(
        'SELECT id, title, kind, description FROM quizzes WHERE id = ?',
      )
      .get(id);
    if (pack) {
      const questionIds = db
        .prepare<[string], string>(
          'SELECT question_id FROM quiz_questions WHERE quiz_id = ? ORDER BY position',
        )
        .pluck()
        .all(id);
      return {
        ...pack,
        questionIds,
        shuffleQuestions: false,
        shuffleOptions: false,
        timeLimitMinutes: null,
        custom: false,
      };
    }
    const own = db
      .prepare<
        [string],
        {
          id: string;
          title: string;
          kind: string;
          description: string | null;
          questions: string;
          shuffle_questions: number;
          shuffle_options: number;
          time_limit_minutes: number | null;
        }
      >('SELECT * FROM custom_quizzes WHERE id = ?')
      .get(id);
    if (!own) throw new AppError('NOT_FOUND', `There is no quiz ${id}.`);
    return {
      id: own.id,
      title: own.title,
      kind: own.kind,
      description: own.description,
      questionIds: JSON.parse(own.questions) as string[],
      shuffleQuestions: own.shuffle_questions === 1,
      shuffleOptions: own.shuffle_options === 1,
      timeLimitMinutes: own.time_limit_minutes,
      custom: true,
    };
  }

  function question(id: string): QuestionSource {
    const body = questionBody.get(id);
    if (!body) throw new AppError('NOT_FOUND', `There is no question ${id}.`);
    return JSON.parse(body) as QuestionSource;
  }

  return {
    get,
    question,
    questions: (quiz: QuizDefinition) => quiz.questionIds.map(question),

    create(input: {
      title: string;
      kind: string;
      description?: string | undefined;
      questionIds: string[];
      shuffleQuestions: boolean;
      shuffleOptions: boolean;
      timeLimitMinutes: number | null;
    }): string {
      const missing = input.questionIds.filter((q) => questionBody.get(q) === undefined);
      if (missing.length)
        throw new AppError(
          'VALIDATION',
          `questionIds: ${missing.slice(0, 3).join(', ')} ${missing.length === 1 ? 'is' : 'are'} not in the question bank.`,
        );
      if (new Set(input.questionIds).size !== input.questionIds.length)
        throw new AppError('VALIDATION', 'questionIds: a question appears twice.');
      const id = `custom.quiz.${randomUUID()}`;
      db.prepare(
        'INSERT INTO custom_quizzes (id, title, kind, description, questions, shuffle_questions, shuffle_options, time_limit_minutes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(
        id,
        input.title,
        input.kind,
        input.description ?? null,
        JSON.stringify(input.questionIds),
        input.shuffleQuestions ? 1 : 0,
        input.shuffleOptions ? 1 : 0,
        input.timeLimitMinutes,
        new Date().toISOString(),
      );
      return id;
    },

    customSummaries: () =>
      db
        .prepare<
          [],
          {
            id: string;
            title: string;
            kind: 'custom';
            description: string | null;
            questions: string;
          }
        >('SELECT id, title, kind, description, questions FROM custom_quizzes ORDER BY created_at')
        .all()
        .map((q) => ({
          id: q.id,
          title: q.title,
          kind: q.kind,
          description: q.description,
          packId: 'custom',
          questionCount: (JSON.parse(q.questions) as string[]).length,
        })),
  };
}

export type QuizStore = ReturnType<typeof createQuizStore>;
