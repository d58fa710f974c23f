import { z } from 'zod';
import type { QuestionSource } from '../content/pack';

/**
 * A participant's answer: an option id (single, true-false, one-answer scenario), a list of
 * option ids (multiple, several-answer scenario), or left → right (matching).
 */
export const answer = z.union([
  z.string().max(40),
  z.array(z.string().max(40)).max(10),
  z.record(z.string().max(400), z.string().max(400)),
]);
export type Answer = z.infer<typeof answer>;

export type AnswerCheck = { ok: true; credit: number } | { ok: false; message: string };

const ids = (a: Answer): string[] | null =>
  typeof a === 'string' ? [a] : Array.isArray(a) ? a : null;

/**
 * Scores one answer: 1 or 0 for choice questions (multiple choice only when exactly the right
 * set is chosen), the share of right pairs for matching. An answer that does not fit the
 * question (an option it does not have, a list for a single choice) is refused, not scored 0.
 */
export function scoreAnswer(question: QuestionSource, given: Answer): AnswerCheck {
  if (question.type === 'matching') {
    if (typeof given !== 'object' || Array.isArray(given)) {
      return {
        ok: false,
        message: `question ${question.id} is a matching question: answer with { left: right } pairs`,
      };
    }
    const lefts = new Set(question.pairs.map((p) => p.left));
    const rights = new Set(question.pairs.map((p) => p.right));
    for (const [left, right] of Object.entries(given)) {
      if (!lefts.has(left))
        return { ok: false, message: `question ${question.id} has no item "${left}" to match` };
      if (!rights.has(right))
        return { ok: false, message: `question ${question.id} has no match "${right}"` };
    }
    const right = question.pairs.filter((p) => given[p.left] === p.right).length;
    return { ok: true, credit: right / question.pairs.length };
  }
  const chosen = ids(given);
  if (!chosen) return { ok: false, message: `question ${question.id} takes option ids, not pairs` };
  const options = new Set(question.options.map((o) => o.id));
  const unknown = chosen.filter((c) => !options.has(c));
  if (unknown.length)
    return { ok: false, message: `question ${question.id} has no option ${unknown.join(', ')}` };
  const single =
    question.type === 'single' ||
    question.type === 'true-false' ||
    (question.type === 'scenario' && question.answer.length === 1);
  if (single && chosen.length !== 1)
    return { ok: false, message: `question ${question.id} takes exactly one option` };
  const key = new Set(question.answer);
  const exact = chosen.length === key.size && chosen.every((c) => key.has(c));
  return { ok: true, credit: exact ? 1 : 0 };
}

/** Percent of the questions answered right, to one decimal: unanswered questions count 0. */
export function attemptScore(credits: readonly number[], questionCount: number): number {
  if (questionCount === 0) return 0;
  const total = credits.reduce((a, b) => a + b, 0);
  return Math.round((total / questionCount) * 1000) / 10;
}
