import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createWorkbench, DATABASE_FILE_NAME, type Workbench } from '../workbench';
import { callOk, PROJECT_RESOURCES, tempDir } from '../testing/fixtures';
import { openConnection } from '../db/connection';
import { ensureBundledTranslations } from './bundled-translations';
import { toTranslationPackFile } from './translation-pack-file';
import type { TranslationPack } from '../../../shared/content/pack';

// Against the real bundled pack and its shipped Vietnamese and French translations.
let workbench: Workbench;
let dataDir: string;
let cleanup: () => void;
const open = () =>
  createWorkbench({ dataDir, resourcesDir: PROJECT_RESOURCES, shell: 'browser', appVersion: 't' });
const rows = (sql: string, ...params: unknown[]) => {
  const db = new Database(join(dataDir, DATABASE_FILE_NAME), { readonly: true });
  try {
    return db.prepare(sql).all(...params);
  } finally {
    db.close();
  }
};

/** A small Chinese translation: one chapter, article 7 and nothing else; official if asked. */
function chinese(official: boolean, extra: Partial<TranslationPack> = {}): string {
  const mark = {
    status: official ? ('official' as const) : ('unofficial' as const),
    review: 'awaiting review' as const,
  };
  const file = toTranslationPackFile({
    manifest: {
      id: 'uncc-zh-test',
      version: '1.0.0',
      language: 'zh',
      instrument: 'United Nations Convention against Cybercrime (A/RES/79/243)',
      title: '联合国打击网络犯罪公约（测试译本）',
      license: 'Test fixture written for this test',
      translationOf: { id: 'uncc', version: '0.1.0' },
      official,
    },
    chapters: { translation: mark, chapters: [{ number: 'II', title: '刑事定罪' }] },
    articles: [
      {
        translation: mark,
        number: 7,
        title: '非法访问',
        summary: '各缔约国应将故意非法访问信息和通信技术系统的全部或任何部分的行为规定为刑事犯罪。',
        provisions: [],
      },
    ],
    questions: [],
    ...extra,
  });
  return Buffer.from(JSON.stringify(file)).toString('base64');
}

beforeAll(async () => {
  ({ dir: dataDir, cleanup } = tempDir());
  workbench = await open();
});
afterAll(() => {
  workbench.close();
  cleanup();
});

describe('bundled translation packs', () => {
  it('are installed on first open, unofficial and awaiting review', async () => {
    expect(
      rows('SELECT id, language, official, source FROM translation_packs ORDER BY id'),
    ).toEqual([
      { id: 'uncc-fr', language: 'fr', official: 0, source: 'bundled' },
      { id: 'uncc-vi', language: 'vi', official: 0, source: 'bundled' },
    ]);
    const { languages, current } = await callOk(workbench, 'library.contentLanguages', {
      interfaceLanguage: 'en',
    });
    expect(languages.map((l) => [l.language, l.kind])).toEqual([
      ['en', 'original'],
      ['fr', 'unofficial'],
      ['vi', 'unofficial'],
    ]);
    expect(current).toBe('en');
  });

  it('are not installed again when the app opens again', async () => {
    const before = rows('SELECT id, installed_at FROM translation_packs ORDER BY id');
    const texts = rows('SELECT count(*) AS n FROM translated_texts');
    workbench.close();
    workbench = await open();
    expect(rows('SELECT id, installed_at FROM translation_packs ORDER BY id')).toEqual(before);
    expect(rows('SELECT count(*) AS n FROM translated_texts')).toEqual(texts);
  });

  it('are replaced by a newer version shipped with an upgrade', async () => {
    const { dir: resources, cleanup: done } = tempDir();
    try {
      const folder = join(resources, 'packs', 'uncc-vi');
      mkdirSync(join(resources, 'packs'), { recursive: true });
      cpSync(join(PROJECT_RESOURCES, 'packs', 'uncc-vi'), folder, { recursive: true });
      const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
      writeFileSync(
        join(folder, 'manifest.json'),
        JSON.stringify({ ...manifest, version: '0.2.0' }),
      );
      const article = JSON.parse(readFileSync(join(folder, 'articles', '07.json'), 'utf8'));
      writeFileSync(
        join(folder, 'articles', '07.json'),
        JSON.stringify({ ...article, title: 'Truy cập trái phép (bản mới)' }),
      );
      workbench.close();
      const db = openConnection(join(dataDir, DATABASE_FILE_NAME));
      await ensureBundledTranslations(db, resources);
      await ensureBundledTranslations(db, resources);
      db.close();
      expect(rows("SELECT version FROM translation_packs WHERE id = 'uncc-vi'")).toEqual([
        { version: '0.2.0' },
      ]);
      expect(
        rows(
          "SELECT text FROM translated_texts WHERE language = 'vi' AND kind = 'article' AND item_id = '7' AND field = 'title'",
        ),
      ).toEqual([{ text: 'Truy cập trái phép (bản mới)' }]);
    } finally {
      done();
    }
  });
});

describe('reading the library in a content language', () => {
  beforeAll(async () => {
    workbench.close();
    workbench = await open();
  });

  it('keeps the old shape when no language is asked for', async () => {
    const [first] = await callOk(workbench, 'library.listArticles', { chapter: 'II' });
    expect(first).toEqual({
      number: 7,
      title: 'Illegal access',
      chapter: 'II',
      obligation: 'mixed',
    });
  });

  it('gives Vietnamese titles, summaries, provisions and terms, each marked unofficial', async () => {
    const article = await callOk(workbench, 'library.getArticle', { number: 7, language: 'vi' });
    expect(article.title).toMatch(/^Truy cập trái phép/);
    expect(article.content).toEqual({
      language: 'vi',
      kind: 'unofficial',
      review: 'awaiting review',
    });
    expect(article.summary).toMatch(/Điều 7/);
    expect(article.provisions.length).toBeGreaterThan(0);
    for (const p of article.provisions) expect(p.content?.language).toBe('vi');
    const chapters = await callOk(workbench, 'library.listChapters', { language: 'fr' });
    expect(chapters).toHaveLength(9);
    expect(chapters.every((c) => c.content?.language === 'fr')).toBe(true);
  });

  it('imports a translation file and falls back to English item by item', async () => {
    const result = await callOk(workbench, 'packs.import', {
      fileName: 'zh.cwpack.json',
      contentBase64: chinese(true),
    });
    expect(result.translation).toEqual({ of: 'uncc', language: 'zh', texts: 3 });
    const articles = await callOk(workbench, 'library.listArticles', {
      chapter: 'II',
      language: 'zh',
    });
    expect(articles[0]).toMatchObject({
      number: 7,
      title: '非法访问',
      content: { language: 'zh', kind: 'official' },
    });
    expect(articles[1]).toMatchObject({
      number: 8,
      title: 'Illegal interception',
      content: { language: 'en', kind: 'original', review: null },
    });
    const article = await callOk(workbench, 'library.getArticle', { number: 7, language: 'zh' });
    expect(article.chapterTitle).toBe('刑事定罪');
    // Provisions were not translated: English, saying so.
    expect(article.provisions[0]!.content).toEqual({
      language: 'en',
      kind: 'original',
      review: null,
    });
  });

  it('refuses a translation that does not fit the base pack, naming the item', async () => {
    const bad = chinese(false, {
      articles: [
        {
          translation: { status: 'unofficial', review: 'awaiting review' },
          number: 99,
          title: '不存在',
          provisions: [],
        },
      ],
    });
    const answer = await workbench.dispatch('packs.import', {
      fileName: 'bad.json',
      contentBase64: bad,
    });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.message).toMatch(/bad\.json.*article 99/);
    // The official translation imported before is still there.
    expect(rows("SELECT official FROM translation_packs WHERE language = 'zh'")).toEqual([
      { official: 1 },
    ]);
  });
});

describe('the question bank in a content language', () => {
  it('gives a translated question its words and marks; the others stay English, saying so', async () => {
    const mark = { status: 'unofficial' as const, review: 'awaiting review' as const };
    await callOk(workbench, 'packs.import', {
      fileName: 'zh-2.cwpack.json',
      contentBase64: chinese(false, {
        manifest: {
          ...JSON.parse(Buffer.from(chinese(false), 'base64').toString()).manifest,
          version: '1.1.0',
        },
        questions: [
          {
            translation: mark,
            questions: [
              {
                id: 'uncc.q.0038',
                prompt: '根据第7条第1款，每个缔约国必须将哪种核心行为定为刑事犯罪？',
                options: [
                  { id: 'a', text: '访问系统后复制、更改或删除数据' },
                  { id: 'b', text: '仅访问政府系统' },
                  { id: 'c', text: '造成损害的访问' },
                  { id: 'd', text: '故意非法访问系统的全部或任何部分' },
                ],
                pairs: [],
                explanation: '第7条第1款要求将故意非法访问定为犯罪。',
                distractors: {},
              },
            ],
          },
        ],
      }),
    });
    const questions = await callOk(workbench, 'questions.list', { articles: [7], language: 'zh' });
    const translated = questions.find((q) => q.id === 'uncc.q.0038')!;
    expect(translated.prompt).toMatch(/^根据第7条/);
    expect(translated.options.find((o) => o.id === 'd')!.text).toBe(
      '故意非法访问系统的全部或任何部分',
    );
    expect(translated.answer).toEqual(['d']);
    // A distractor explanation left out falls back to the English one.
    expect(translated.distractors.b).toMatch(/any ICT system/);
    expect(translated.content).toEqual({
      language: 'zh',
      kind: 'unofficial',
      review: 'awaiting review',
    });
    const other = questions.find((q) => q.id !== 'uncc.q.0038')!;
    expect(other.content).toEqual({ language: 'en', kind: 'original', review: null });
    // Without a language: the stored English, as before.
    const plain = await callOk(workbench, 'questions.list', { articles: [7] });
    expect(plain.find((q) => q.id === 'uncc.q.0038')).not.toHaveProperty('content');
  });
});

describe('ready-made quizzes in a content language', () => {
  it('have the bundled Vietnamese titles, marked unofficial; without a language, English', async () => {
    const vi = await callOk(workbench, 'quizzes.list', { language: 'vi' });
    const en = await callOk(workbench, 'quizzes.list', {});
    const pre = (list: typeof en) => list.find((q) => q.id === 'uncc.quiz.pre-test')!;
    expect(pre(vi).title).not.toBe(pre(en).title);
    expect(pre(vi).content).toEqual({
      language: 'vi',
      kind: 'unofficial',
      review: 'awaiting review',
    });
    expect(pre(en)).not.toHaveProperty('content');
  });
});

describe('search in a content language', () => {
  it.each([
    ['truy cập trái phép', 7],
    ['truy cap trai phep', 7],
    ['TRUY CAP TRAI PHEP', 7],
  ])('finds the illegal-access article in Vietnamese for "%s"', async (query, number) => {
    const hits = await callOk(workbench, 'library.search', { query, language: 'vi', limit: 10 });
    expect(hits[0]).toMatchObject({ articleNumber: number, content: { language: 'vi' } });
    expect(hits[0]!.title).toMatch(/^Truy cập trái phép/);
  });

  it.each([
    ['非法访问', 7],
    ['访问', 7],
    ['系统', 7],
  ])('finds Chinese by substring for "%s"', async (query, number) => {
    const hits = await callOk(workbench, 'library.search', { query, language: 'zh', limit: 10 });
    expect(hits[0]).toMatchObject({ articleNumber: number, content: { language: 'zh' } });
    expect(hits[0]!.snippet).toContain(`<mark>${query}</mark>`);
  });

  it('finds French without accents', async () => {
    const hits = await callOk(workbench, 'library.search', {
      query: 'acces illegal',
      language: 'fr',
      limit: 10,
    });
    expect(hits.map((h) => h.articleNumber)).toContain(7);
    expect(hits[0]!.content?.language).toBe('fr');
  });
});
