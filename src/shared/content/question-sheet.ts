import type { RowProblem } from '../domain/packs';
import { questionSource, type QuestionSource } from './pack';
import { questionProblems } from './pack-integrity';

const LETTERS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;

/** The template's columns, in order. Documented in docs/CONTENT-PACKS.md. */
export const QUESTION_SHEET_COLUMNS = [
  'id',
  'type',
  'articles',
  'difficulty',
  'audiences',
  'scenario',
  'prompt',
  ...LETTERS.map((l) => `option_${l}`),
  'answer',
  'explanation',
  ...LETTERS.map((l) => `why_not_${l}`),
  'pairs',
] as const;

export const QUESTION_SHEET_HELP: Record<(typeof QUESTION_SHEET_COLUMNS)[number], string> = {
  id: 'Optional: a short name of your own (letters, digits, dashes). Empty: numbered by row. Keep ids stable to update questions on re-import.',
  type: 'single, multiple, true-false, matching or scenario',
  articles: 'Article number(s) tested, e.g. 7 or 7, 11',
  difficulty: 'easy, medium or hard',
  audiences: 'One or more of: police, prosecutors-judges, legislators, policy (comma-separated)',
  scenario: 'For scenario questions: the short case',
  prompt: 'The question',
  option_a: 'Option a (true-false questions need no options)',
  option_b: 'Option b',
  option_c: 'Option c',
  option_d: 'Option d',
  option_e: 'Option e',
  option_f: 'Option f',
  answer: 'Letter(s) of the right option(s), e.g. b or a, c; for true-false: true or false',
  explanation: 'Why the answer is right',
  why_not_a: 'Why option a is wrong (if it is)',
  why_not_b: 'Why option b is wrong',
  why_not_c: 'Why option c is wrong',
  why_not_d: 'Why option d is wrong',
  why_not_e: 'Why option e is wrong',
  why_not_f: 'Why option f is wrong',
  pairs: 'For matching: one pair per line (or separated by ;), written left => right',
};

const list = (cell: string) =>
  cell
    .split(/[,;\n]/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

/**
 * Turns spreadsheet rows (the first is the header) into questions of a pack, or into a list of
 * problems naming the row and column. Row numbers are the spreadsheet's own (header = row 1).
 */
export function questionsFromSheet(
  rows: readonly (readonly string[])[],
  packId: string,
  knownArticles: ReadonlySet<number>,
): { questions: QuestionSource[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = [
    'type',
    'articles',
    'difficulty',
    'audiences',
    'prompt',
    'answer',
    'explanation',
  ].filter((c) => !header.includes(c));
  if (missing.length) {
    return {
      questions: [],
      problems: [
        {
          row: 1,
          column: missing.join(', '),
          message: `The header row lacks the column(s) ${missing.join(', ')}. Start from the template.`,
        },
      ],
    };
  }
  const col = (row: readonly string[], name: string) => (row[header.indexOf(name)] ?? '').trim();
  const questions: QuestionSource[] = [];
  const seen = new Set<string>();

  rows.slice(1).forEach((row, index) => {
    const rowNumber = index + 2;
    if (row.every((cell) => cell.trim() === '')) return;
    const problem = (column: string, message: string) =>
      problems.push({ row: rowNumber, column, message });
    const type = col(row, 'type').toLowerCase();
    const articles = list(col(row, 'articles')).map(Number);
    const badArticles = articles.filter((n) => !Number.isInteger(n) || !knownArticles.has(n));
    if (articles.length === 0)
      problem('articles', 'Name the article number(s) the question tests.');
    else if (badArticles.length)
      problem('articles', `${badArticles.join(', ')} is not an article of the convention.`);

    const options =
      type === 'true-false'
        ? [
            { id: 'true', text: 'True' },
            { id: 'false', text: 'False' },
          ]
        : LETTERS.map((l) => ({ id: l, text: col(row, `option_${l}`) })).filter(
            (o) => o.text !== '',
          );
    const distractors = Object.fromEntries(
      LETTERS.map((l) => [l, col(row, `why_not_${l}`)]).filter(([, why]) => why !== ''),
    );
    const pairs = col(row, 'pairs')
      .split(/[;\n]/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => {
        const [left, right] = p.split('=>').map((s) => s.trim());
        if (!left || !right) problem('pairs', `"${p}" is not written as left => right.`);
        return { left: left ?? '', right: right ?? '' };
      });
    // Ids live inside the sheet's own pack: "7a" becomes sheet-x.q.7a, an empty cell the row number.
    const localId = col(row, 'id')
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '');
    const id = `${packId}.q.${localId || String(rowNumber).padStart(4, '0')}`;
    if (seen.has(id)) problem('id', `The id ${id} is used by an earlier row.`);
    seen.add(id);

    const candidate = {
      id,
      type,
      ...(col(row, 'scenario') ? { scenario: col(row, 'scenario') } : {}),
      prompt: col(row, 'prompt'),
      options: type === 'matching' ? [] : options,
      answer: type === 'matching' ? [] : list(col(row, 'answer')),
      pairs: type === 'matching' ? pairs : [],
      explanation: col(row, 'explanation'),
      distractors: type === 'matching' ? {} : distractors,
      articles,
      difficulty: col(row, 'difficulty').toLowerCase(),
      audiences: list(col(row, 'audiences')),
    };
    const parsed = questionSource.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 3)) {
        const field = String(issue.path[0] ?? 'row');
        const column =
          field === 'options' ? 'option_a…option_f' : field === 'distractors' ? 'why_not_…' : field;
        problem(column, issue.message);
      }
      return;
    }
    for (const message of questionProblems(parsed.data)) problem('answer', message);
    questions.push(parsed.data);
  });
  if (questions.length === 0 && problems.length === 0)
    problems.push({
      row: 2,
      column: '',
      message: 'The sheet has no questions below the header row.',
    });
  return { questions, problems };
}
