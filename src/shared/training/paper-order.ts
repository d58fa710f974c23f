import type { QuestionSource } from '../content/pack';

/**
 * The order a quiz takes on paper, shared by the printed answer sheet, the answer key and the
 * grid the facilitator types the sheets into: questions as the quiz lists them, options as
 * written (the pack's item check keeps keyed positions balanced), and the matching answers in
 * alphabetical order, so that the order of the pairs gives nothing away.
 */
export function paperRights(question: Pick<QuestionSource, 'pairs'>): string[] {
  return [...new Set(question.pairs.map((p) => p.right))].sort((a, b) => a.localeCompare(b));
}

/** The option ids in paper order: as written. */
export function paperOptionOrder(question: Pick<QuestionSource, 'options'>): string[] {
  return question.options.map((o) => o.id);
}

/** "a", "b", … "z": the letter an option or a matching answer has on the sheet. */
export function paperLetter(index: number): string {
  return String.fromCharCode(97 + (index % 26));
}
