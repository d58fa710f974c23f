import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { findPackProblems } from '../../../shared/content/pack-integrity';
import { matchedItems, parallelFormProblems } from '../../../shared/content/parallel-forms';
import { compareVersions } from './install-pack';
import { readPackDirectory } from './pack-files';
import { PROJECT_RESOURCES } from '../testing/fixtures';

const pack = readPackDirectory(join(PROJECT_RESOURCES, 'packs', 'uncc'));

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

describe('the bundled UN Convention against Cybercrime pack', () => {
  it('has the 9 chapters and 68 articles, numbered 1 to 68 without gaps', () => {
    expect(pack.chapters.map((c) => c.number)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
      'VIII',
      'IX',
    ]);
    expect(pack.articles.map((a) => a.number)).toEqual(Array.from({ length: 68 }, (_, i) => i + 1));
  });

  it('has no duplicate ids or dangling links', () => {
    expect(findPackProblems(pack)).toEqual([]);
  });

  it('gives every article a plain-language summary of 80 to 200 words and a source', () => {
    const outOfRange = pack.articles
      .filter((a) => words(a.summary) < 80 || words(a.summary) > 200)
      .map((a) => a.number);
    expect(outOfRange).toEqual([]);
    expect(pack.articles.filter((a) => a.sources.length === 0)).toEqual([]);
  });

  it('covers every article of chapters II, IV and V with provisions', () => {
    const bare = pack.articles.filter(
      (a) => ['II', 'IV', 'V'].includes(a.chapter) && a.provisions.length === 0,
    );
    expect(bare.map((a) => a.number)).toEqual([]);
  });

  it('keeps the official titles recorded in the reference outline for the articles checked so far', () => {
    const byNumber = new Map(pack.articles.map((a) => [a.number, a.title]));
    expect(byNumber.get(7)).toBe('Illegal access');
    expect(byNumber.get(14)).toBe(
      'Offences related to online child sexual abuse or child sexual exploitation material',
    );
    expect(byNumber.get(16)).toBe('Non-consensual dissemination of intimate images');
    expect(byNumber.get(22)).toBe('Jurisdiction');
  });

  it('has at least 150 provisions and 40 key terms, starting with those of article 2', () => {
    expect(pack.articles.flatMap((a) => a.provisions).length).toBeGreaterThanOrEqual(150);
    expect(pack.terms.length).toBeGreaterThanOrEqual(40);
    expect(pack.terms.filter((t) => t.article === 2).length).toBeGreaterThanOrEqual(10);
  });

  it('has a question bank of at least 350, with 3 or more on every article of chapters II, IV and V', () => {
    expect(pack.questions.length).toBeGreaterThanOrEqual(350);
    const perArticle = new Map<number, number>();
    for (const q of pack.questions)
      for (const n of q.articles) perArticle.set(n, (perArticle.get(n) ?? 0) + 1);
    const thin = pack.articles.filter(
      (a) => ['II', 'IV', 'V'].includes(a.chapter) && (perArticle.get(a.number) ?? 0) < 3,
    );
    expect(thin.map((a) => a.number)).toEqual([]);
    const chapterOf = new Map(pack.articles.map((a) => [a.number, a.chapter]));
    const chaptersCovered = new Set(
      pack.questions.flatMap((q) => q.articles.map((n) => chapterOf.get(n))),
    );
    expect([...chaptersCovered].sort()).toEqual([...pack.chapters.map((c) => c.number)].sort());
  });

  it('uses every question type, difficulty and audience, and explains every answer', () => {
    expect(new Set(pack.questions.map((q) => q.type))).toEqual(
      new Set(['single', 'multiple', 'true-false', 'matching', 'scenario']),
    );
    expect(new Set(pack.questions.map((q) => q.difficulty))).toEqual(
      new Set(['easy', 'medium', 'hard']),
    );
    expect(new Set(pack.questions.flatMap((q) => q.audiences))).toEqual(
      new Set(['police', 'prosecutors-judges', 'legislators', 'policy']),
    );
    const unexplainedDistractors = pack.questions.filter(
      (q) =>
        q.type !== 'matching' &&
        q.options.some((o) => !q.answer.includes(o.id) && !q.distractors[o.id]),
    );
    expect(unexplainedDistractors.map((q) => q.id)).toEqual([]);
  });

  it('ships a 10-question warm-up, pre- and post-tests parallel question by question (article, type, difficulty), and a quiz per chapter', () => {
    const byId = new Map(pack.questions.map((q) => [q.id, q]));
    const quiz = (kind: string) => pack.quizzes.filter((z) => z.kind === kind);
    expect(quiz('warm-up')[0]?.questions).toHaveLength(10);
    const [pre] = quiz('pre-test');
    const [post] = quiz('post-test');
    expect(pre?.questions).toHaveLength(20);
    expect(post?.questions).toHaveLength(20);
    const form = (ids: string[]) => ids.map((id) => byId.get(id)!);
    expect(parallelFormProblems(form(pre!.questions), form(post!.questions))).toEqual([]);
    expect(matchedItems(form(pre!.questions), form(post!.questions))).toHaveLength(20);
    expect(pre!.questions.filter((id) => post!.questions.includes(id))).toEqual([]);
    expect(quiz('chapter').map((z) => z.id)).toHaveLength(9);
  });
});

describe('content corrections checked against the text (issue 11)', () => {
  const term = (id: string) => pack.terms.find((t) => t.id === `uncc.term.${id}`)!.definition;
  const article = (n: number) => pack.articles.find((a) => a.number === n)!;
  const provision = (n: number, id: string) =>
    article(n).provisions.find((p) => p.id === `uncc.art${n}.${id}`)!.text;
  const notes = (n: number) => article(n).verification.notes.join('\n');

  it('places the offences in articles 7 to 17, with participation and attempt in article 19', () => {
    const text = term('offences-established-under-the-convention');
    expect(text).not.toMatch(/7 to 18/);
    expect(text).toMatch(/articles 7 to 17/);
    expect(text).toMatch(/article 19/);
    expect(notes(3)).toMatch(/article 18 is liability of legal persons/);
  });

  it('limits the art. 11(3) exception to selling, distributing or making available access data', () => {
    const text = term('reservation');
    expect(text).not.toMatch(/dealing in/);
    expect(text).toMatch(/selling, distributing or otherwise making available passwords/);
    expect(notes(11)).toMatch(/art\. 11\(3\)/);
  });

  it('reads art. 11(2) as an interpretation clause, not a duty', () => {
    expect(provision(11, 'p2')).toMatch(/^Paragraph 1 is not to be interpreted as imposing/);
    expect(article(11).summary).toMatch(/interpretation clause/);
    const texts = pack.questions
      .filter((q) => q.articles.includes(11))
      .map((q) => JSON.stringify(q));
    expect(texts.filter((t) => /requires that no criminal liability/.test(t))).toEqual([]);
  });

  it('requires prosecution at home only where extradition is refused solely for nationality', () => {
    expect(term('extradition')).toMatch(/solely because the person is its national/);
    expect(term('extradition')).not.toMatch(
      /prosecuting a person at home when extradition is refused\./,
    );
  });

  it('opens signature to regional economic integration organizations as well as States', () => {
    expect(provision(64, 'p1')).toMatch(
      /all States and regional economic integration organizations/,
    );
    expect(notes(64)).toMatch(/treaties\.un\.org/);
  });

  it('ties the removal of material in art. 34 to articles 14 and 16', () => {
    expect(article(34).summary).toMatch(/material described in articles 14 and 16/);
    expect(article(34).summary).not.toMatch(/block access to such images/);
  });

  it('marks the art. 37 one-year penalty point unverified and asks no question on it', () => {
    expect(notes(37)).toMatch(/UNVERIFIED.*one year/);
    expect(article(37).budapest?.note).not.toMatch(/sets no one-year penalty floor/);
    const onThePoint = pack.questions.filter(
      (q) => q.articles.includes(37) && /one[- ]year|floor/i.test(JSON.stringify(q)),
    );
    expect(onThePoint.map((q) => q.id)).toEqual([]);
    expect(pack.questions.some((q) => q.id === 'uncc.q.0417')).toBe(false);
  });

  it('keeps dated status lines in the manifest only, shown on the articles they concern', () => {
    const status = pack.manifest.status!;
    expect(status.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(status.lines.join(' ')).toMatch(/72 signatories/);
    expect(status.articles).toEqual([64, 65]);
    const dated = pack.articles.filter((a) =>
      /\d+ signatories|not yet (entered into|in) force/i.test(a.summary),
    );
    expect(dated.map((a) => a.number)).toEqual([]);
  });

  it('carries a version above 0.1.0, so installed databases can take the corrections as an update', () => {
    expect(compareVersions(pack.manifest.version, '0.1.0')).toBeGreaterThan(0);
  });
});
