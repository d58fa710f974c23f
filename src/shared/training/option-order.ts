import type { QuestionSource } from '../content/pack';

/** An option that names others ("all of the above", "both a and b") only reads right in place. */
const REFERS_TO_OTHERS = /\b(all|none|both) of the above\b|\bboth [a-d] and [a-d]\b/i;

/** Whether a question's options must keep their written order: true/false, or one option refers to others. */
export function keepsOptionOrder(question: Pick<QuestionSource, 'type' | 'options'>): boolean {
  return (
    question.type === 'true-false' || question.options.some((o) => REFERS_TO_OTHERS.test(o.text))
  );
}

/**
 * The option ids in the order one attempt shows them. `randomBelow(n)` returns an integer in
 * [0, n); the caller supplies a crypto source so two attempts rarely share an order.
 */
export function optionOrderFor(
  question: Pick<QuestionSource, 'type' | 'options'>,
  randomBelow: (n: number) => number,
): string[] {
  const ids = question.options.map((o) => o.id);
  if (keepsOptionOrder(question)) return ids;
  for (let i = ids.length - 1; i > 0; i--) {
    const j = randomBelow(i + 1);
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return ids;
}

/** The question with its options in the order shown; ids missing from `order` keep their place at the end. */
export function inShownOrder<Q extends Pick<QuestionSource, 'options'>>(
  question: Q,
  order: readonly string[] | undefined,
): Q {
  if (!order || order.length === 0) return question;
  const rank = new Map(order.map((id, i) => [id, i]));
  const options = [...question.options].sort(
    (a, b) => (rank.get(a.id) ?? order.length) - (rank.get(b.id) ?? order.length),
  );
  return { ...question, options };
}
