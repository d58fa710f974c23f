import type { QuestionSource } from '@shared/content/pack';
import type { Answer } from '@shared/training/scoring';

/** The control a question takes: one option, several options, or a match per left item. */
export type AnswerControl = 'radio' | 'checkbox' | 'matching';

export function answerControl(question: QuestionSource): AnswerControl {
  if (question.type === 'matching') return 'matching';
  if (question.type === 'multiple') return 'checkbox';
  if (question.type === 'scenario' && question.answer.length > 1) return 'checkbox';
  return 'radio';
}

/** A stable number from a string: the same attempt always shows the same option order. */
function seedOf(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

export function shuffledWithSeed<T>(items: readonly T[], seedText: string): T[] {
  const result = [...items];
  let seed = seedOf(seedText) || 1;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** Whether an answer is complete enough to send: something chosen, every left item matched. */
export function answerReady(question: QuestionSource, answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  const control = answerControl(question);
  if (control === 'radio') return typeof answer === 'string' && answer !== '';
  if (control === 'checkbox') return Array.isArray(answer) && answer.length > 0;
  return (
    typeof answer === 'object' &&
    !Array.isArray(answer) &&
    question.pairs.every((p) => Boolean(answer[p.left]))
  );
}

export interface AnswerFeedback {
  credit: number;
  /** The chosen options that are wrong, each with the pack's note on why, when it has one. */
  wrongChoices: { optionId: string; text: string; why: string | null }[];
  /** The right options or pairs, as text. */
  correct: string[];
}

export function feedbackFor(
  question: QuestionSource,
  answer: Answer,
  credit: number,
): AnswerFeedback {
  if (question.type === 'matching') {
    return {
      credit,
      wrongChoices: [],
      correct: question.pairs.map((p) => `${p.left} → ${p.right}`),
    };
  }
  const chosen = typeof answer === 'string' ? [answer] : Array.isArray(answer) ? answer : [];
  const key = new Set(question.answer);
  const text = (id: string) => question.options.find((o) => o.id === id)?.text ?? id;
  return {
    credit,
    wrongChoices: chosen
      .filter((id) => !key.has(id))
      .map((id) => ({ optionId: id, text: text(id), why: question.distractors[id] ?? null })),
    correct: question.answer.map(text),
  };
}
