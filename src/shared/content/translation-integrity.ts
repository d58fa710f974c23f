import type { ArticleSource, Pack, QuestionSource, TranslationMark, TranslationPack } from './pack';

/** A translated string and the English it stands for, with where it sits for messages. */
interface Rendering {
  where: string;
  text: string;
  english: string | undefined;
}

/**
 * Two words or more: a number or name cannot be "left in English", and a single word the same in
 * both languages is a cognate (extradition, confiscation), not a slip.
 */
const hasWords = (text: string) => (text.match(/\p{L}{2,}/gu) ?? []).length >= 2;
const comparable = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase('en');

function renderings(translation: TranslationPack, base: Pack): Rendering[] {
  const out: Rendering[] = [];
  const add = (where: string, text: string | undefined, english: string | undefined) => {
    if (text !== undefined) out.push({ where, text, english });
  };
  const chapters = new Map(base.chapters.map((c) => [c.number, c]));
  for (const c of translation.chapters?.chapters ?? [])
    add(`chapter ${c.number}: title`, c.title, chapters.get(c.number)?.title);
  const articles = new Map(base.articles.map((a) => [a.number, a]));
  for (const a of translation.articles) {
    const english = articles.get(a.number);
    const where = `article ${a.number}`;
    add(`${where}: title`, a.title, english?.title);
    add(`${where}: summary`, a.summary, english?.summary);
    a.verification?.notes.forEach((note, i) =>
      add(`${where}: verification note ${i + 1}`, note, english?.verification.notes[i]),
    );
    const provisions = new Map(english?.provisions.map((p) => [p.id, p]));
    for (const p of a.provisions) {
      const original = provisions.get(p.id);
      add(`provision ${p.id}: text`, p.text, original?.text);
      add(`provision ${p.id}: flexibility`, p.flexibility, original?.flexibility);
      p.elements?.forEach((e, i) =>
        add(`provision ${p.id}: element ${i + 1}`, e, original?.elements[i]),
      );
    }
  }
  const terms = new Map(base.terms.map((t) => [t.id, t]));
  for (const t of translation.terms?.terms ?? []) {
    add(`term ${t.id}: term`, t.term, terms.get(t.id)?.term);
    add(`term ${t.id}: definition`, t.definition, terms.get(t.id)?.definition);
  }
  const questions = new Map(base.questions.map((q) => [q.id, q]));
  for (const q of translation.questions.flatMap((file) => file.questions)) {
    const english = questions.get(q.id);
    const where = `question ${q.id}`;
    add(`${where}: scenario`, q.scenario, english?.scenario);
    add(`${where}: prompt`, q.prompt, english?.prompt);
    add(`${where}: explanation`, q.explanation, english?.explanation);
    for (const o of q.options)
      add(`${where}: option ${o.id}`, o.text, english?.options.find((e) => e.id === o.id)?.text);
    for (const [id, why] of Object.entries(q.distractors))
      add(`${where}: distractor ${id}`, why, english?.distractors[id]);
    q.pairs.forEach((pair, i) => {
      add(`${where}: pair ${i + 1} left`, pair.left, english?.pairs[i]?.left);
      add(`${where}: pair ${i + 1} right`, pair.right, english?.pairs[i]?.right);
    });
  }
  const quizzes = new Map(base.quizzes.map((q) => [q.id, q]));
  for (const q of translation.quizzes?.quizzes ?? []) {
    add(`quiz ${q.id}: title`, q.title, quizzes.get(q.id)?.title);
    add(`quiz ${q.id}: description`, q.description, quizzes.get(q.id)?.description);
  }
  return out;
}

function marks(translation: TranslationPack): { where: string; mark: TranslationMark }[] {
  return [
    ...(translation.chapters
      ? [{ where: 'chapters', mark: translation.chapters.translation }]
      : []),
    ...translation.articles.map((a) => ({ where: `article ${a.number}`, mark: a.translation })),
    ...(translation.terms ? [{ where: 'terms', mark: translation.terms.translation }] : []),
    ...translation.questions.map((q, i) => ({
      where: `questions file ${i + 1}`,
      mark: q.translation,
    })),
    ...(translation.quizzes ? [{ where: 'quizzes', mark: translation.quizzes.translation }] : []),
  ];
}

function articleProblems(
  where: string,
  a: TranslationPack['articles'][number],
  english: ArticleSource,
): string[] {
  const problems: string[] = [];
  const status = english.verification.status;
  if (a.verification && a.verification.status !== status)
    problems.push(
      `${where}: verification status ${a.verification.status}, the base says ${status}`,
    );
  if (!a.verification && status !== 'text-read')
    problems.push(`${where}: the base is marked ${status}; keep that verification mark`);
  const provisions = new Map(english.provisions.map((p) => [p.id, p]));
  const seen = new Set<string>();
  for (const p of a.provisions) {
    const original = provisions.get(p.id);
    if (seen.has(p.id)) problems.push(`${where}: provision ${p.id} is translated twice`);
    seen.add(p.id);
    if (!original) {
      problems.push(`${where}: provision ${p.id} is not in the base article`);
      continue;
    }
    if (p.elements && p.elements.length !== original.elements.length)
      problems.push(
        `provision ${p.id}: ${p.elements.length} elements, the base has ${original.elements.length}`,
      );
    if (p.flexibility && !original.flexibility)
      problems.push(`provision ${p.id}: flexibility translated, the base has none`);
  }
  return problems;
}

function questionProblems(
  q: TranslationPack['questions'][number]['questions'][number],
  english: QuestionSource,
): string[] {
  const problems: string[] = [];
  const where = `question ${q.id}`;
  const ids = (options: { id: string }[]) => options.map((o) => o.id).join(', ');
  if (ids(q.options) !== ids(english.options))
    problems.push(`${where}: options ${ids(q.options)}, the base has ${ids(english.options)}`);
  if (q.pairs.length !== english.pairs.length)
    problems.push(`${where}: ${q.pairs.length} pairs, the base has ${english.pairs.length}`);
  for (const id of Object.keys(q.distractors))
    if (!(id in english.distractors))
      problems.push(`${where}: distractor ${id} is not explained in the base`);
  if (q.scenario && !english.scenario)
    problems.push(`${where}: scenario translated, the base has none`);
  return problems;
}

/**
 * Checks a translation against the pack it translates: every id and number it uses exists
 * there, options and pairs line up, the verification marks survive, text is NFC and nothing
 * was left in the base language. One readable line per problem.
 */
export function findTranslationProblems(translation: TranslationPack, base: Pack): string[] {
  const problems: string[] = [];
  const { manifest } = translation;
  if (manifest.translationOf.id !== base.manifest.id)
    problems.push(`manifest: translates ${manifest.translationOf.id}, not ${base.manifest.id}`);
  if (manifest.language === base.manifest.language)
    problems.push(`manifest: language ${manifest.language} is the base pack's own language`);
  const status = manifest.official ? 'official' : 'unofficial';
  for (const { where, mark } of marks(translation))
    if (mark.status !== status)
      problems.push(`${where}: marked ${mark.status}, the manifest says ${status}`);

  /** Looks each translated item up in the base once, naming duplicates and unknown keys. */
  const inBase = <K, T>(kind: string, items: Map<K, T>) => {
    const seen = new Set<K>();
    return (key: K): T | undefined => {
      if (seen.has(key)) problems.push(`${kind} ${String(key)}: translated twice`);
      seen.add(key);
      const item = items.get(key);
      if (!item) problems.push(`${kind} ${String(key)}: not in ${base.manifest.id}`);
      return item;
    };
  };
  const chapter = inBase('chapter', new Map(base.chapters.map((c) => [c.number, c])));
  for (const c of translation.chapters?.chapters ?? []) chapter(c.number);
  const article = inBase('article', new Map(base.articles.map((a) => [a.number, a])));
  for (const a of translation.articles) {
    const english = article(a.number);
    if (english) problems.push(...articleProblems(`article ${a.number}`, a, english));
  }
  const term = inBase('term', new Map(base.terms.map((t) => [t.id, t])));
  for (const t of translation.terms?.terms ?? []) term(t.id);
  const question = inBase('question', new Map(base.questions.map((q) => [q.id, q])));
  for (const q of translation.questions.flatMap((file) => file.questions)) {
    const english = question(q.id);
    if (english) problems.push(...questionProblems(q, english));
  }
  const quiz = inBase('quiz', new Map(base.quizzes.map((q) => [q.id, q])));
  for (const q of translation.quizzes?.quizzes ?? []) quiz(q.id);

  for (const r of renderings(translation, base)) {
    if (r.text !== r.text.normalize('NFC')) problems.push(`${r.where}: not Unicode NFC`);
    if (r.english !== undefined && hasWords(r.text) && comparable(r.text) === comparable(r.english))
      problems.push(`${r.where}: same as the ${base.manifest.language} text, not translated`);
  }
  return problems;
}

export interface Coverage {
  translated: number;
  total: number;
}

/** How much of the base pack a translation covers; the rest falls back to the base language. */
export function translationCoverage(translation: TranslationPack, base: Pack) {
  const count = (translated: number, total: number): Coverage => ({ translated, total });
  const baseProvisions = base.articles.flatMap((a) => a.provisions);
  return {
    chapters: count(translation.chapters?.chapters.length ?? 0, base.chapters.length),
    articleTitles: count(translation.articles.length, base.articles.length),
    articleSummaries: count(
      translation.articles.filter((a) => a.summary).length,
      base.articles.length,
    ),
    provisions: count(
      translation.articles.reduce((n, a) => n + a.provisions.length, 0),
      baseProvisions.length,
    ),
    terms: count(translation.terms?.terms.length ?? 0, base.terms.length),
    questions: count(
      translation.questions.reduce((n, file) => n + file.questions.length, 0),
      base.questions.length,
    ),
    quizzes: count(translation.quizzes?.quizzes.length ?? 0, base.quizzes.length),
  };
}
