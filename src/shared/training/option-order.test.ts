import { describe, expect, it } from 'vitest';
import { inShownOrder, keepsOptionOrder, optionOrderFor } from './option-order';

const question = (type: 'single' | 'true-false', ...texts: string[]) => ({
  type,
  options: texts.map((text, i) => ({ id: 'abcdef'[i]!, text })),
});
/** Always swaps with the first position: a rotation, so every option moves. */
const alwaysZero = () => 0;

describe('option order per attempt', () => {
  it('shuffles plain options with the random source given', () => {
    expect(optionOrderFor(question('single', 'w', 'x', 'y', 'z'), alwaysZero)).toEqual([
      'b',
      'c',
      'd',
      'a',
    ]);
  });

  it('keeps the written order where an option refers to others, and for true/false', () => {
    for (const q of [
      question('single', 'Art. 7', 'Art. 8', 'All of the above'),
      question('single', 'Art. 7', 'Art. 8', 'none of the above'),
      question('single', 'Art. 7', 'Art. 8', 'Both a and b'),
      question('single', 'Art. 7', 'Art. 8', 'both of the above'),
      question('true-false', 'True', 'False'),
    ]) {
      expect(keepsOptionOrder(q)).toBe(true);
      expect(optionOrderFor(q, alwaysZero)).toEqual(q.options.map((o) => o.id));
    }
    expect(keepsOptionOrder(question('single', 'All offences', 'Both parties', 'Above all'))).toBe(
      false,
    );
  });

  it('puts a question into the order shown, unknown ids last', () => {
    const q = question('single', 'w', 'x', 'y');
    expect(inShownOrder(q, ['c', 'a']).options.map((o) => o.id)).toEqual(['c', 'a', 'b']);
    expect(inShownOrder(q, undefined)).toBe(q);
  });
});
