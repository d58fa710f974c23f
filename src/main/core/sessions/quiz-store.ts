import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/envelope';
import type { QuestionSource } from '../../../shared/content/pack';
import type { ContentOrigin } from '../../../shared/domain/library';
import type { QuizSummary } from '../../../shared/domain/packs';
import type { Db } from '../db/connection';
import { createQuestionTranslator, createQuizTranslator } from '../content/translated-questions';

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

/** A question as a workshop sees it: `content` says which language its words are in. */
export type ShownQuestion = QuestionSource & { content?: ContentOrigin };

/** Quizzes from packs and the facilitator's own, behind one lookup. */
export function createQuizStore(db: Db) {
  const questionBody = db
    .prepare<[string], string>('SELECT body FROM questions WHERE id = ?')
    .pluck();
  const questionPack = db
    .prepare<[string], string>('SELECT pack_id FROM questions WHERE id = ?')
    .pluck();
  const quizPack = db.prepare<[string], string>('SELECT pack_id FROM quizzes WHERE id = ?').pluck();
  const translateQuestions = createQuestionTranslator(db);
  const translateQuizzes = createQuizTranslator(db);

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

  /**
   * The quiz's questions, in a workshop's content language when one is given: words from the
   * installed translation, item by item, the base pack's where none exists (each says which).
   * Ids, answers and option ids stay the base pack's, so scoring never depends on language.
   */
  function questions(quiz: QuizDefinition, language?: string): ShownQuestion[] {
    return questionsById(quiz.questionIds, language);
  }

  /** Questions by id, in a content language when one is given (as `questions`). */
  function questionsById(ids: readonly string[], language?: string): ShownQuestion[] {
    const base = ids.map(question);
    if (language === undefined) return base;
    const withPacks = base.map((q) => ({ ...q, packId: questionPack.get(q.id) ?? '' }));
    return translateQuestions(withPacks, language).map(({ packId: _pack, ...q }) => q);
  }

  /**
   * A pack quiz's title and description in a content language; the facilitator's own quiz
   * keeps their words and is not marked (there is nothing to translate it from).
   */
  function inLanguage(
    quiz: QuizDefinition,
    language: string | undefined,
  ): QuizDefinition & { content?: ContentOrigin } {
    const packId = language === undefined || quiz.custom ? undefined : quizPack.get(quiz.id);
    if (packId === undefined) return quiz;
    const [shown] = translateQuizzes(
      [{ ...quiz, kind: quiz.kind as QuizSummary['kind'], packId, questionCount: 0 }],
      language,
    );
    return {
      ...quiz,
      title: shown!.title,
      description: shown!.description,
      content: shown!.content,
    };
  }

  return {
    get,
    question,
    questions,
    questionsById,
    inLanguage,

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
