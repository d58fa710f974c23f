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
  ];
}

describe.each([
  { language: 'vi', dir: 'uncc-vi', complete: true },
  { language: 'fr', dir: 'uncc-fr', complete: true },
])('the unofficial $language translation of the bundled pack', ({ language, dir, complete }) => {
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
