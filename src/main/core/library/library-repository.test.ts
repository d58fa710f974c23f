import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createWorkbench, DATABASE_FILE_NAME, type Workbench } from '../workbench';
import { callOk, PROJECT_RESOURCES, tempDir } from '../testing/fixtures';
import Database from 'better-sqlite3';

// Against the real bundled pack: what a trainer types must find what a trainer means.
let workbench: Workbench;
let dataDir: string;
let cleanup: () => void;

beforeAll(async () => {
  ({ dir: dataDir, cleanup } = tempDir());
  workbench = await createWorkbench({
    dataDir,
    resourcesDir: PROJECT_RESOURCES,
    shell: 'browser',
    appVersion: 't',
  });
});
afterAll(() => {
  workbench.close();
  cleanup();
});

describe('library over the bundled convention', () => {
  it('counts 9 chapters, 68 articles and the pack content', async () => {
    const stats = await callOk(workbench, 'library.stats', {});
    expect(stats).toMatchObject({ chapters: 9, articles: 68 });
    expect(stats.provisions).toBeGreaterThan(150);
    expect(stats.terms).toBeGreaterThanOrEqual(40);
  });

  it('lists articles with number, title, chapter and obligation', async () => {
    const articles = await callOk(workbench, 'library.listArticles', {});
    expect(articles).toHaveLength(68);
    expect(articles[40]).toEqual({
      number: 41,
      title: '24/7 network',
      chapter: 'V',
      obligation: expect.any(String),
    });
    expect(await callOk(workbench, 'library.listArticles', { chapter: 'III' })).toEqual([
      { number: 22, title: 'Jurisdiction', chapter: 'III', obligation: expect.any(String) },
    ]);
  });

  it.each([
    ['grooming', 15],
    ['24/7', 41],
    ['production order', 27],
    ['extradition', 37],
    ['illegal access', 7],
    ['article 41', 41],
    ['41', 41],
  ])('puts the right article first for "%s"', async (query, number) => {
    const hits = await callOk(workbench, 'library.search', { query, limit: 10 });
    expect(hits[0]).toMatchObject({ articleNumber: number, kind: 'article' });
  });

  it('finds confiscation in the articles that deal with it', async () => {
    const hits = await callOk(workbench, 'library.search', { query: 'confiscation', limit: 20 });
    expect(hits.map((h) => h.articleNumber)).toEqual(expect.arrayContaining([31, 50]));
  });

  it('answers a query of only punctuation with nothing rather than an error', async () => {
    expect(await callOk(workbench, 'library.search', { query: '"*()', limit: 5 })).toEqual([]);
  });

  it('uses the FTS index, not a table scan, for search', () => {
    const db = new Database(join(dataDir, DATABASE_FILE_NAME), { readonly: true });
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT s.ref FROM search_index s JOIN articles a ON a.pack_id = s.pack_id AND a.number = s.article_number
         WHERE search_index MATCH '"extradition"*' AND s.pack_id = 'uncc'`,
      )
      .all() as { detail: string }[];
    db.close();
    const details = plan.map((p) => p.detail).join('\n');
    expect(details).toMatch(/VIRTUAL TABLE INDEX/);
    expect(details).toMatch(/SEARCH a USING (COVERING )?INDEX sqlite_autoindex_articles_1/);
  });
});
