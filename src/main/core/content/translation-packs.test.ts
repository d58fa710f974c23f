import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  findTranslationProblems,
  translationCoverage,
} from '../../../shared/content/translation-integrity';
import { readPackDirectory } from './pack-files';
import { readTranslationDirectory } from './translation-files';
import type { TranslationPack } from '../../../shared/content/pack';
import { PROJECT_RESOURCES } from '../testing/fixtures';
import { ITEM_CHECK_LIMITS, checkItems } from '../../../shared/content/item-check';

const base = readPackDirectory(join(PROJECT_RESOURCES, 'packs', 'uncc'));

/** Vietnamese is written with tone marks on nearly every word; a long run without any is English. */
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
/** Words that occur in almost any English sentence and in no French one. */
const ENGLISH_WORD = /\b(the|and|of|with|must|shall|which|may)\b/i;

/** Per language, what a text left in English looks like. */
const leftInEnglish: Record<string, (text: string) => boolean> = {
  vi: (text) => text.split(/\s+/).length >= 4 && !VIETNAMESE_LETTER.test(text),
  fr: (text) => ENGLISH_WORD.test(text),
};

/** Every translated text of a pack, with where it sits. */
function texts(translation: TranslationPack): [string, string][] {
  return [
    ...(translation.chapters?.chapters ?? []).map((c): [string, string] => [
      `chapter ${c.number}`,
      c.title,
    ]),
    ...translation.articles.flatMap((a) => [
      [`article ${a.number} title`, a.title] as [string, string],
      [`article ${a.number} summary`, a.summary ?? ''] as [string, string],
      ...a.provisions.flatMap((p) =>
        [p.text, p.flexibility ?? '', ...(p.elements ?? [])].map((t): [string, string] => [
          p.id,
          t,
        ]),
      ),
    ]),
    ...(translation.terms?.terms ?? []).flatMap((t) => [
      [t.id, t.term] as [string, string],
      [t.id, t.definition] as [string, string],
    ]),
    ...translation.questions
      .flatMap((file) => file.questions)
      .flatMap((q) =>
        [
          q.scenario ?? '',
          q.prompt,
          ...q.options.map((o) => o.text),
          ...q.pairs.flatMap((p) => [p.left, p.right]),
          q.explanation,
          ...Object.values(q.distractors),
        ].map((t): [string, string] => [q.id, t]),
      ),
    ...(translation.quizzes?.quizzes ?? []).flatMap((q) =>
      [q.title, q.description ?? ''].map((t): [string, string] => [q.id, t]),
    ),
  ];
}

/*
 * `questions` says whether the pack translates the ready-made quizzes (their titles and every
 * question in them); a language's engineer turns it on once the translation is in.
 */
describe.each([
  { language: 'vi', dir: 'uncc-vi', complete: true, questions: true },
  { language: 'fr', dir: 'uncc-fr', complete: true, questions: true },
])('the unofficial $language translation of the bundled pack', (row) => {
  const { language, dir, complete, questions } = row;
  const translation = readTranslationDirectory(join(PROJECT_RESOURCES, 'packs', dir));

  it('leaves no text in English', () => {
    const suspicious = texts(translation)
      .filter(([, text]) => leftInEnglish[language]!(text))
      .map(([where, text]) => `${where}: ${text}`);
    expect(suspicious).toEqual([]);
  });

  it('uses only ids that exist in the base pack, keeps its marks, is NFC and leaves nothing in English', () => {
    expect(findTranslationProblems(translation, base)).toEqual([]);
  });

  it('says in every file that it is an unofficial translation awaiting review', () => {
    expect(translation.manifest.official).toBe(false);
    const marks = [
      translation.chapters?.translation,
      translation.terms?.translation,
      ...translation.articles.map((a) => a.translation),
      ...translation.questions.map((file) => file.translation),
      ...(translation.quizzes ? [translation.quizzes.translation] : []),
    ];
    expect(marks.every((m) => m?.status === 'unofficial' && m.review === 'awaiting review')).toBe(
      true,
    );
  });

  it('reports its coverage of the base pack', () => {
    const coverage = translationCoverage(translation, base);
    console.info(`${dir} coverage:`, JSON.stringify(coverage));
    expect(coverage.chapters.translated).toBe(coverage.chapters.total);
    if (complete) {
      for (const part of ['articleTitles', 'articleSummaries', 'provisions', 'terms'] as const)
        expect(coverage[part], part).toEqual({
          ...coverage[part],
          translated: coverage[part].total,
        });
    }
  });

  it.runIf(questions)('translates every question of the ready-made quizzes', () => {
    const translated = new Map(
      translation.questions.flatMap((file) => file.questions).map((q) => [q.id, q]),
    );
    const quizzes = new Set(translation.quizzes?.quizzes.map((q) => q.id));
    const missing = base.quizzes.flatMap((quiz) => [
      ...(quizzes.has(quiz.id) ? [] : [`${quiz.id}: title`]),
      ...quiz.questions.filter((id) => !translated.has(id)).map((id) => `${quiz.id}: ${id}`),
    ]);
    expect(missing).toEqual([]);
    // Every part of a translated question is translated: nothing falls back to English inside it.
    const english = new Map(base.questions.map((q) => [q.id, q]));
    const partial = [...translated.values()].flatMap((q) => {
      const original = english.get(q.id)!;
      return [
        ...(original.scenario && !q.scenario ? ['scenario'] : []),
        ...Object.keys(original.distractors)
          .filter((id) => !(id in q.distractors))
          .map((id) => `distractor ${id}`),
      ].map((part) => `${q.id}: ${part}`);
    });
    const described = base.quizzes.filter(
      (quiz) =>
        quiz.description &&
        !translation.quizzes?.quizzes.find((q) => q.id === quiz.id)?.description,
    );
    partial.push(...described.map((quiz) => `${quiz.id}: description`));
    expect(partial).toEqual([]);
  });

  it.runIf(questions)('keeps the key from being the longest option, as in the base pack', () => {
    const translated = new Map(
      translation.questions.flatMap((file) => file.questions).map((q) => [q.id, q]),
    );
    const english = base.questions.filter((q) => translated.has(q.id));
    // The base questions with the translated option texts: the check reads their lengths.
    const rendered = english.map((q) => ({ ...q, options: translated.get(q.id)!.options }));
    const before = checkItems(english).longestOption;
    const after = checkItems(rendered).longestOption;
    console.info(
      `${dir}: key longest in ${after.keyLongest} of ${after.questions} (English: ${before.keyLongest})`,
    );
    expect(after.rate).toBeLessThanOrEqual(ITEM_CHECK_LIMITS.maxLongestRate);
  });
});

describe('readTranslationDirectory', () => {
  it('refuses a folder whose manifest does not say what it translates, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translation-'));
    try {
      const manifest = { ...base.manifest, id: 'uncc-xx', language: 'xx' };
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
      expect(() => readTranslationDirectory(dir)).toThrow(
        /manifest\.json: a translation pack names translationOf/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file, item and field of a translated article that breaks the format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translation-'));
    try {
      const manifest = {
        ...base.manifest,
        id: 'uncc-xx',
        language: 'xx',
        translationOf: { id: 'uncc', version: base.manifest.version },
        official: false,
      };
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
      mkdirSync(join(dir, 'articles'));
      writeFileSync(
        join(dir, 'articles', '07.json'),
        JSON.stringify({
          translation: { status: 'unofficial', review: 'pending' },
          number: 7,
          title: 'x',
        }),
      );
      expect(() => readTranslationDirectory(dir)).toThrow(/07\.json: .*review/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
