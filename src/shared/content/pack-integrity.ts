import type { Pack, QuestionSource } from './pack';

export interface IntegrityContext {
  /** Article numbers of the installed instrument, for packs that carry questions but no articles. */
  instrumentArticles?: ReadonlySet<number>;
}

/** What is wrong with one question's answer key, as readable lines (empty when sound). */
export function questionProblems(q: QuestionSource): string[] {
  const problems: string[] = [];
  const optionIds = q.options.map((o) => o.id);
  const unique = new Set(optionIds);
  if (unique.size !== optionIds.length) problems.push('two options share an id');
  const unknown = q.answer.filter((a) => !unique.has(a));
  if (unknown.length) problems.push(`answer ${unknown.join(', ')} is not one of the options`);
  if (new Set(q.answer).size !== q.answer.length) problems.push('the answer names an option twice');
  for (const key of Object.keys(q.distractors)) {
    if (!unique.has(key)) problems.push(`distractors explain ${key}, which is not an option`);
    else if (q.answer.includes(key))
      problems.push(`distractors explain ${key}, which is a right answer`);
  }
  switch (q.type) {
    case 'single':
      if (q.options.length < 2) problems.push('a single-choice question needs at least 2 options');
      if (q.answer.length !== 1) problems.push('a single-choice question has exactly one answer');
      break;
    case 'true-false':
      if (optionIds.join(',') !== 'true,false')
        problems.push('a true/false question has the options true and false');
      if (q.answer.length !== 1) problems.push('a true/false question has exactly one answer');
      break;
    case 'multiple':
      if (q.options.length < 3)
        problems.push('a multiple-choice question needs at least 3 options');
      if (q.answer.length < 2) problems.push('a multiple-choice question has two or more answers');
      break;
    case 'scenario':
      if (!q.scenario) problems.push('a scenario question needs its scenario text');
      if (q.options.length < 2) problems.push('a scenario question needs at least 2 options');
      if (q.answer.length < 1) problems.push('a scenario question needs an answer');
      break;
    case 'matching': {
      if (q.pairs.length < 2) problems.push('a matching question needs at least 2 pairs');
      if (q.options.length || q.answer.length)
        problems.push('a matching question has pairs, not options and answers');
      const lefts = new Set(q.pairs.map((p) => p.left));
      const rights = new Set(q.pairs.map((p) => p.right));
      if (lefts.size !== q.pairs.length || rights.size !== q.pairs.length)
        problems.push('matching pairs must all differ');
      break;
    }
  }
  return problems;
}

/**
 * Cross-reference checks a schema cannot express: every id unique, every link pointing at
 * something that exists, every answer key fitting its options. One readable line per problem.
 */
export function findPackProblems(pack: Pack, context: IntegrityContext = {}): string[] {
  const problems: string[] = [];
  const chapters = new Set(pack.chapters.map((c) => c.number));
  const articleNumbers = new Set<number>();
  const seenIds = new Set<string>();
  const claimId = (id: string, where: string) => {
    if (seenIds.has(id)) problems.push(`${where}: id ${id} is used twice`);
    seenIds.add(id);
  };
  const ownId = (id: string, where: string) => {
    if (!id.startsWith(`${pack.manifest.id}.`))
      problems.push(`${where}: id ${id} does not start with the pack id ${pack.manifest.id}`);
  };

  for (const chapter of pack.chapters) {
    if (chapter.firstArticle > chapter.lastArticle) {
      problems.push(`chapter ${chapter.number}: firstArticle is after lastArticle`);
    }
  }
  for (const article of pack.articles) {
    const where = `article ${article.number}`;
    if (articleNumbers.has(article.number)) problems.push(`${where}: number is used twice`);
    articleNumbers.add(article.number);
    const chapter = pack.chapters.find((c) => c.number === article.chapter);
    if (!chapters.has(article.chapter) || !chapter) {
      problems.push(`${where}: chapter ${article.chapter} does not exist`);
    } else if (article.number < chapter.firstArticle || article.number > chapter.lastArticle) {
      problems.push(`${where}: outside chapter ${chapter.number}'s range`);
    }
    for (const provision of article.provisions) {
      claimId(provision.id, where);
      if (!provision.id.startsWith(`${pack.manifest.id}.art${article.number}.`)) {
        problems.push(`${where}: provision id ${provision.id} does not belong to this article`);
      }
    }
  }
  const known =
    articleNumbers.size > 0 ? articleNumbers : (context.instrumentArticles ?? new Set<number>());
  for (const article of pack.articles) {
    for (const related of article.related) {
      if (!known.has(related))
        problems.push(`article ${article.number}: related article ${related} does not exist`);
      if (related === article.number) problems.push(`article ${article.number}: related to itself`);
    }
  }
  for (const n of pack.manifest.status?.articles ?? []) {
    if (!known.has(n)) problems.push(`manifest status: article ${n} does not exist`);
  }
  for (const term of pack.terms) {
    const where = `term ${term.id}`;
    claimId(term.id, where);
    ownId(term.id, where);
    for (const n of [term.article, ...term.usedIn]) {
      if (!known.has(n)) problems.push(`${where}: article ${n} does not exist`);
    }
  }
  for (const question of pack.questions) {
    const where = `question ${question.id}`;
    claimId(question.id, where);
    ownId(question.id, where);
    for (const n of question.articles) {
      if (!known.has(n)) problems.push(`${where}: article ${n} does not exist`);
    }
    for (const problem of questionProblems(question)) problems.push(`${where}: ${problem}`);
  }
  const questionIds = new Set(pack.questions.map((q) => q.id));
  for (const quiz of pack.quizzes) {
    const where = `quiz ${quiz.id}`;
    claimId(quiz.id, where);
    ownId(quiz.id, where);
    for (const id of quiz.questions) {
      if (!questionIds.has(id)) problems.push(`${where}: question ${id} is not in this pack`);
    }
    if (new Set(quiz.questions).size !== quiz.questions.length)
      problems.push(`${where}: a question appears twice`);
  }
  return problems;
}
