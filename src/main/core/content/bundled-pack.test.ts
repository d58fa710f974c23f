import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { findPackProblems } from '../../../shared/content/pack-integrity';
import { matchedItems, parallelFormProblems } from '../../../shared/content/parallel-forms';
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
