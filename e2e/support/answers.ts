import type { QuizDetail } from '../pages/session-page';

type Question = QuizDetail['questions'][number];

/** A right answer, or a wrong one, to any question type, as attempts.submit takes it. */
export function answerFor(q: Question, right: boolean): unknown {
  if (q.type === 'matching') {
    const rights = q.pairs.map((p) => p.right);
    return Object.fromEntries(
      q.pairs.map((p, i) => [p.left, right ? p.right : rights[(i + 1) % rights.length]]),
    );
  }
  const several = q.type === 'multiple' || (q.type === 'scenario' && q.answer.length > 1);
  const wrong = q.options.find((o) => !q.answer.includes(o.id))?.id ?? q.options[0]?.id ?? '';
  if (several) return right ? q.answer : [wrong];
  return right ? q.answer[0] : wrong;
}
