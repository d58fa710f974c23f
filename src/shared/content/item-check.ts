import type { QuestionSource } from './pack';

/**
 * An item-writing check over a pack's questions: the cues that let a test-wise participant
 * answer without knowing the content, and the wording faults that make an item unfair.
 *
 * - Longest option: among single-answer and scenario questions with more than two options,
 *   how often the keyed option is strictly longer (in characters) than every other option.
 * - Key positions: among single-answer and scenario questions with exactly four options (a–d),
 *   the share of keys at each position. Multiple-answer questions are left out: they have
 *   several keys, and true-false has two fixed options.
 * - Per question: duplicate options, a negative word in the question sentence not written in
 *   capitals (the pack's convention: "Which is NOT …", "all EXCEPT …", shown as written by
 *   every renderer), "all/none of the above" options, and explanations that name an option by
 *   its letter (the order shown to participants may differ from the file).
 */

export const ITEM_CHECK_LIMITS = {
  /** The keyed option may be the longest in at most this share of the questions counted. */
  maxLongestRate: 1 / 3,
  minPositionShare: 0.15,
  maxPositionShare: 0.35,
  /** Below this many questions counted, rates say nothing and are not judged. */
  minQuestionsForRates: 12,
} as const;

export const KEY_POSITIONS = ['a', 'b', 'c', 'd'] as const;

export type ItemRule =
  'duplicate-options' | 'negative-stem' | 'all-none-of-the-above' | 'letter-in-explanation';

export interface ItemFinding {
  questionId: string;
  rule: ItemRule;
  message: string;
}

export interface ItemCheckReport {
  longestOption: { questions: number; keyLongest: number; rate: number; ids: string[] };
  keyPositions: {
    questions: number;
    counts: Record<string, number>;
    shares: Record<string, number>;
  };
  findings: ItemFinding[];
}

const NEGATIVE_WORDS = /\b(not|except|never|cannot|none|least|false|incorrect|untrue)\b|n't\b/gi;
const ABOVE_OPTION = /\b(all|none|both|neither) of (the )?(above|these|the options|the others)\b/i;
// "option b", "answer (c)", "b is correct": a letter standing for an option, not a paragraph
// reference such as "article 11(3)(a)".
const LETTER_REFERENCE =
  /\b(?:options?|answers?|choices?)\s+\(?([a-f])\)?(?![\w(])|(?:^|[\s"'‘“])\(?([a-f])\)?\s+is\s+(?:the\s+)?(?:correct|right|wrong|incorrect|best)\b/i;

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.;,:!?\s]+$/, '')
    .trim();

/** The sentence that asks: the last one ending in "?", else the whole prompt. */
function questionSentence(prompt: string): string {
  const asks = prompt.match(/[^.?!]*\?/g);
  return asks ? asks[asks.length - 1]! : prompt;
}

function unemphasisedNegatives(q: QuestionSource): string[] {
  if (q.type === 'true-false' || q.type === 'matching') return [];
  const words = questionSentence(q.prompt).match(NEGATIVE_WORDS) ?? [];
  return words.filter((w) => w !== w.toUpperCase());
}

function hasSingleKey(q: QuestionSource): boolean {
  return (q.type === 'single' || q.type === 'scenario') && q.answer.length === 1;
}

function keyIsLongest(q: QuestionSource): boolean {
  const key = q.options.find((o) => o.id === q.answer[0]);
  if (!key) return false;
  const length = key.text.trim().length;
  return q.options.every((o) => o === key || o.text.trim().length < length);
}

function questionFindings(q: QuestionSource): ItemFinding[] {
  const found: ItemFinding[] = [];
  const seen = new Map<string, string>();
  for (const o of q.options) {
    const text = normalise(o.text);
    const twin = seen.get(text);
    if (twin)
      found.push({
        questionId: q.id,
        rule: 'duplicate-options',
        message: `options ${twin} and ${o.id} say the same thing`,
      });
    else seen.set(text, o.id);
    if (ABOVE_OPTION.test(o.text))
      found.push({
        questionId: q.id,
        rule: 'all-none-of-the-above',
        message: `option ${o.id} refers to the other options ("${o.text}")`,
      });
  }
  const negatives = unemphasisedNegatives(q);
  if (negatives.length)
    found.push({
      questionId: q.id,
      rule: 'negative-stem',
      message: `the question asks with "${negatives.join('", "')}" not in capitals`,
    });
  const notes = [q.explanation, ...Object.values(q.distractors)];
  const letter = notes.map((n) => LETTER_REFERENCE.exec(n)).find(Boolean);
  if (letter && q.options.some((o) => o.id === (letter[1] ?? letter[2])?.toLowerCase()))
    found.push({
      questionId: q.id,
      rule: 'letter-in-explanation',
      message: `an explanation names an option by its letter ("${letter[0].trim()}")`,
    });
  return found;
}

export function checkItems(questions: readonly QuestionSource[]): ItemCheckReport {
  const rated = questions.filter((q) => hasSingleKey(q) && q.options.length > 2);
  const longest = rated.filter(keyIsLongest);
  const fourOptions = rated.filter(
    (q) => q.options.length === 4 && q.options.every((o, i) => o.id === KEY_POSITIONS[i]),
  );
  const counts = Object.fromEntries(KEY_POSITIONS.map((p) => [p, 0])) as Record<string, number>;
  for (const q of fourOptions) counts[q.answer[0]!] = (counts[q.answer[0]!] ?? 0) + 1;
  const share = (n: number) => (fourOptions.length ? n / fourOptions.length : 0);
  return {
    longestOption: {
      questions: rated.length,
      keyLongest: longest.length,
      rate: rated.length ? longest.length / rated.length : 0,
      ids: longest.map((q) => q.id),
    },
    keyPositions: {
      questions: fourOptions.length,
      counts,
      shares: Object.fromEntries(KEY_POSITIONS.map((p) => [p, share(counts[p]!)])),
    },
    findings: questions.flatMap(questionFindings),
  };
}

const percent = (rate: number) => `${Math.round(rate * 100)} %`;

/** The report as sentences for a person: what an import warns about. */
export function itemCheckWarnings(report: ItemCheckReport): string[] {
  const limits = ITEM_CHECK_LIMITS;
  const warnings: string[] = [];
  const { longestOption: lo, keyPositions: kp } = report;
  if (lo.questions >= limits.minQuestionsForRates && lo.rate > limits.maxLongestRate)
    warnings.push(
      `The correct option is the longest in ${lo.keyLongest} of ${lo.questions} questions (${percent(lo.rate)}; at most ${percent(limits.maxLongestRate)} keeps length from giving answers away).`,
    );
  if (kp.questions >= limits.minQuestionsForRates) {
    const off = KEY_POSITIONS.filter(
      (p) => kp.shares[p]! < limits.minPositionShare || kp.shares[p]! > limits.maxPositionShare,
    );
    if (off.length)
      warnings.push(
        `Correct answers are unevenly placed among ${kp.questions} four-option questions: ${KEY_POSITIONS.map((p) => `${p} ${percent(kp.shares[p]!)}`).join(', ')} (each position should hold ${percent(limits.minPositionShare)}–${percent(limits.maxPositionShare)}).`,
      );
  }
  for (const f of report.findings) warnings.push(`${f.questionId}: ${f.message}.`);
  return warnings;
}
