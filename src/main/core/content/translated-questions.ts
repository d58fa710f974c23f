import type { QuestionSource } from '../../../shared/content/pack';
import type { Question, QuizSummary } from '../../../shared/domain/packs';
import type { Db } from '../db/connection';
import { createTranslatedTexts, type TranslatedItem } from '../library/translated-texts';

/** One question's words in a translation; answers, ids and links stay the base question's. */
export function translateQuestion<Q extends QuestionSource>(q: Q, t: TranslatedItem): Q {
  const pairs = t.field('pairs');
  const distractors = Object.fromEntries(
    Object.entries(q.distractors).map(([id, why]) => [id, t.field(`distractor.${id}`) ?? why]),
  );
  return {
    ...q,
    ...(q.scenario !== undefined ? { scenario: t.field('scenario') ?? q.scenario } : {}),
    prompt: t.field('prompt') ?? q.prompt,
    options: q.options.map((o) => ({ ...o, text: t.field(`option.${o.id}`) ?? o.text })),
    pairs: pairs ? (JSON.parse(pairs) as Q['pairs']) : q.pairs,
    explanation: t.field('explanation') ?? q.explanation,
    distractors,
  };
}

/**
 * Questions of the bank in a content language, question by question: each says whether its
 * words are a translation or its own pack's (no translation yet).
 */
export function createQuestionTranslator(db: Db) {
  const texts = createTranslatedTexts(db);
  return (questions: Question[], language: string | undefined): Question[] => {
    if (language === undefined) return questions;
    const byPack = new Map<string, ReturnType<typeof texts.of>>();
    return questions.map((q) => {
      let lookup = byPack.get(q.packId);
      if (!lookup) byPack.set(q.packId, (lookup = texts.of(q.packId, language, 'question')));
      const item = lookup(q.id);
      return { ...translateQuestion(q, item), content: item.origin };
    });
  };
}

/** Ready-made quizzes' titles and descriptions in a content language, quiz by quiz. */
export function createQuizTranslator(db: Db) {
  const texts = createTranslatedTexts(db);
  return (quizzes: QuizSummary[], language: string | undefined): QuizSummary[] => {
    if (language === undefined) return quizzes;
    const byPack = new Map<string, ReturnType<typeof texts.of>>();
    return quizzes.map((q) => {
      let lookup = byPack.get(q.packId);
      if (!lookup) byPack.set(q.packId, (lookup = texts.of(q.packId, language, 'quiz')));
      const item = lookup(q.id);
      return {
        ...q,
        title: item.field('title') ?? q.title,
        description: item.field('description') ?? q.description,
        content: item.origin,
      };
    });
  };
}
