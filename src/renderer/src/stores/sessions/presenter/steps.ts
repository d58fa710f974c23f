import type { QuestionSource } from '@shared/content/pack';
import type { Article, ChapterSummary } from '@shared/domain/library';
import type { Session } from '@shared/domain/sessions';
import type { QuizDetail } from '../types';

type Block = Session['agenda'][number];

interface StepBase {
  /** The agenda block the step belongs to (0-based) and the blocks in all. */
  block: number;
  blocks: number;
  /** The block's planned length, for the countdown. */
  minutes: number | null;
}

export type PresenterStep = StepBase &
  (
    | { kind: 'article-title'; number: number; title: string; chapter: string }
    | { kind: 'article-summary'; number: number; title: string; summary: string }
    | {
        kind: 'provision';
        number: number;
        title: string;
        paragraph: string;
        text: string;
        position: number;
        total: number;
      }
    | {
        kind: 'chapter';
        chapter: string;
        title: string;
        /** The block's own title, shown instead of the chapter's when the facilitator set one. */
        customTitle: string | null;
        articles: string;
      }
    | { kind: 'quiz-title'; title: string; questions: number }
    | {
        kind: 'question';
        quizTitle: string;
        question: QuestionSource;
        position: number;
        total: number;
      }
    | { kind: 'pause'; blockKind: 'break' | 'discussion'; title: string; minutes: number | null }
    | { kind: 'missing'; blockKind: Block['kind']; title: string; reference: string | null }
  );

export interface PresenterSources {
  articles: Map<number, Article>;
  chapters: ChapterSummary[];
  quizzes: Map<string, QuizDetail>;
}

/** The agenda as a walk of screens: an article becomes its title, summary and provisions. */
export function presenterSteps(
  agenda: readonly Block[],
  sources: PresenterSources,
): PresenterStep[] {
  const blocks = agenda.length;
  return agenda.flatMap((item, block): PresenterStep[] => {
    const base = { block, blocks, minutes: item.minutes };
    const missing = (): PresenterStep[] => [
      { ...base, kind: 'missing', blockKind: item.kind, title: item.title, reference: item.ref },
    ];
    switch (item.kind) {
      case 'article': {
        const article = sources.articles.get(Number(item.ref));
        if (!article) return missing();
        const { number, title } = article;
        return [
          { ...base, kind: 'article-title', number, title, chapter: article.chapterTitle },
          { ...base, kind: 'article-summary', number, title, summary: article.summary },
          ...article.provisions.map((p, i): PresenterStep => ({
            ...base,
            kind: 'provision',
            number,
            title,
            paragraph: p.paragraph,
            text: p.text,
            position: i + 1,
            total: article.provisions.length,
          })),
        ];
      }
      case 'chapter': {
        const chapter = sources.chapters.find((c) => c.number === item.ref);
        if (!chapter) return missing();
        return [
          {
            ...base,
            kind: 'chapter',
            chapter: chapter.number,
            title: chapter.title,
            customTitle: item.title.trim() || null,
            articles: `${chapter.firstArticle}–${chapter.lastArticle}`,
          },
        ];
      }
      case 'quiz': {
        const quiz = item.ref ? sources.quizzes.get(item.ref) : undefined;
        if (!quiz) return missing();
        const title = item.title || quiz.title;
        return [
          { ...base, kind: 'quiz-title', title, questions: quiz.questions.length },
          ...quiz.questions.map((question, i): PresenterStep => ({
            ...base,
            kind: 'question',
            quizTitle: title,
            question,
            position: i + 1,
            total: quiz.questions.length,
          })),
        ];
      }
      case 'break':
      case 'discussion':
        return [
          {
            ...base,
            kind: 'pause',
            blockKind: item.kind,
            title: item.title,
            minutes: item.minutes,
          },
        ];
    }
  });
}
