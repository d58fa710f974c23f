import type { QuestionSource } from '../../../shared/content/pack';
import type { Answer } from '../../../shared/training/scoring';

/** The keyed answer to any question type, as attempts.submit takes it. */
export function rightAnswer(q: QuestionSource): Answer {
  if (q.type === 'matching') return Object.fromEntries(q.pairs.map((p) => [p.left, p.right]));
  return q.answer.length === 1 && q.type !== 'multiple' ? q.answer[0]! : q.answer;
}

/** A wrong answer to any question type: an unkeyed option, or every pair shifted by one. */
export function wrongAnswer(q: QuestionSource): Answer {
  if (q.type === 'matching')
    return Object.fromEntries(
      q.pairs.map((p, i) => [p.left, q.pairs[(i + 1) % q.pairs.length]!.right]),
    );
  const wrong = q.options.find((o) => !q.answer.includes(o.id))!.id;
  return q.type === 'multiple' || (q.type === 'scenario' && q.answer.length > 1) ? [wrong] : wrong;
}
