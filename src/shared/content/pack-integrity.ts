import type { Pack } from './pack';

/**
 * Cross-reference checks a schema cannot express: every id unique, every link pointing at
 * something that exists. Returns one readable line per problem; empty means sound.
 */
export function findPackProblems(pack: Pack): string[] {
  const problems: string[] = [];
  const chapters = new Set(pack.chapters.map((c) => c.number));
  const articleNumbers = new Set<number>();
  const seenIds = new Set<string>();
  const claimId = (id: string, where: string) => {
    if (seenIds.has(id)) problems.push(`${where}: id ${id} is used twice`);
    seenIds.add(id);
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
  for (const article of pack.articles) {
    for (const related of article.related) {
      if (!articleNumbers.has(related)) {
        problems.push(`article ${article.number}: related article ${related} does not exist`);
      }
      if (related === article.number) problems.push(`article ${article.number}: related to itself`);
    }
  }
  for (const term of pack.terms) {
    const where = `term ${term.id}`;
    claimId(term.id, where);
    for (const n of [term.article, ...term.usedIn]) {
      if (!articleNumbers.has(n)) problems.push(`${where}: article ${n} does not exist`);
    }
  }
  return problems;
}
