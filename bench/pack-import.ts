import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Pack } from '../src/shared/content/pack';
import { readPackDirectory, parsePackText, toPackFile } from '../src/main/core/content/pack-files';
import { installPack } from '../src/main/core/content/install-pack';
import { openConnection } from '../src/main/core/db/connection';
import { migrate } from '../src/main/core/db/migrate';
import { tempDir } from '../src/main/core/testing/fixtures';
import { median, type Figure } from './stats';

/** The bundled pack copied `times` times under new numbers and ids: same shape, more rows. */
export function enlargePack(pack: Pack, times: number, id = 'bench'): Pack {
  const span = 100;
  const renumber = (copy: number, n: number) => copy * span + n;
  const rename = (copy: number, old: string) =>
    old
      .replace(/^uncc\./, `${id}.`)
      .replace(/\.art(\d+)\./, (_m, n) => `.art${renumber(copy, Number(n))}.`) +
    (old.includes('.art') ? '' : `-${copy}`);
  const copies = Array.from({ length: times }, (_, copy) => copy);
  return {
    manifest: {
      ...pack.manifest,
      id,
      instrument: 'Benchmark instrument',
      title: `Benchmark ×${times}`,
    },
    chapters: [{ number: 'I', title: 'Everything', firstArticle: 1, lastArticle: times * span }],
    articles: copies.flatMap((copy) =>
      pack.articles.map((a) => ({
        ...a,
        number: renumber(copy, a.number),
        chapter: 'I',
        related: a.related.map((n) => renumber(copy, n)),
        provisions: a.provisions.map((p) => ({ ...p, id: rename(copy, p.id) })),
      })),
    ),
    terms: copies.flatMap((copy) =>
      pack.terms.map((t) => ({
        ...t,
        id: rename(copy, t.id),
        article: renumber(copy, t.article),
        usedIn: t.usedIn.map((n) => renumber(copy, n)),
      })),
    ),
    questions: copies.flatMap((copy) =>
      pack.questions.map((q) => ({
        ...q,
        id: rename(copy, q.id),
        articles: q.articles.map((n) => renumber(copy, n)),
      })),
    ),
    quizzes: [],
  };
}

function rowCount(pack: Pack): number {
  return (
    pack.articles.length +
    pack.articles.reduce((n, a) => n + a.provisions.length, 0) +
    pack.terms.length +
    pack.questions.length
  );
}

/** The reference: the same rows through plain prepared statements in one transaction, no checks. */
function rawInsert(pack: Pack, file: string): number {
  const db = openConnection(file);
  const started = performance.now();
  const insertArticle = db.prepare('INSERT INTO bench_articles VALUES (?, ?, ?)');
  const insertProvision = db.prepare('INSERT INTO bench_provisions VALUES (?, ?, ?)');
  const insertTerm = db.prepare('INSERT INTO bench_terms VALUES (?, ?)');
  const insertQuestion = db.prepare('INSERT INTO bench_questions VALUES (?, ?)');
  const insertSearch = db.prepare('INSERT INTO bench_search (title, body) VALUES (?, ?)');
  db.transaction(() => {
    for (const a of pack.articles) {
      insertArticle.run(a.number, a.title, a.summary);
      insertSearch.run(a.title, a.summary);
      for (const p of a.provisions) {
        insertProvision.run(p.id, a.number, p.text);
        insertSearch.run(a.title, p.text);
      }
    }
    for (const t of pack.terms) {
      insertTerm.run(t.id, t.definition);
      insertSearch.run(t.term, t.definition);
    }
    for (const q of pack.questions) {
      insertQuestion.run(q.id, JSON.stringify(q));
      insertSearch.run(q.id, q.prompt);
    }
  }).immediate();
  const ms = performance.now() - started;
  db.close();
  return ms;
}

async function timeImport(pack: Pack): Promise<{ app: number; raw: number }> {
  const apps: number[] = [];
  const raws: number[] = [];
  const text = JSON.stringify(toPackFile(pack));
  for (let i = 0; i < 3; i++) {
    const { dir, cleanup } = tempDir('cw-bench-');
    const db = openConnection(join(dir, 'app.sqlite'));
    await migrate(db, join(dir, 'backups'));
    const started = performance.now();
    installPack(db, parsePackText(text, 'bench.json').pack, { source: 'imported' }); // parse + validate + install, as packs.import
    apps.push(performance.now() - started);
    db.close();
    const raw = openConnection(join(dir, 'raw.sqlite'));
    raw.exec(`CREATE TABLE bench_articles (number INTEGER, title TEXT, summary TEXT);
      CREATE TABLE bench_provisions (id TEXT, article INTEGER, text TEXT);
      CREATE TABLE bench_terms (id TEXT, definition TEXT);
      CREATE TABLE bench_questions (id TEXT, body TEXT);
      CREATE VIRTUAL TABLE bench_search USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');`);
    raw.close();
    raws.push(rawInsert(pack, join(dir, 'raw.sqlite')));
    cleanup();
  }
  return { app: median(apps), raw: median(raws) };
}

export async function packImportFigures(root: string): Promise<Figure[]> {
  const bundled = readPackDirectory(join(root, 'resources', 'packs', 'uncc'));
  const full = await timeImport(bundled);
  const large = enlargePack(bundled, 20);
  const big = await timeImport(large);
  return [
    {
      name: `Pack import, full bundled pack (${rowCount(bundled)} rows, median of 3)`,
      value: full.app,
      reference: full.raw,
      referenceName: 'raw insert of the same rows in one transaction',
    },
    {
      name: `Pack import, synthetic pack 20× larger (${rowCount(large)} rows, median of 3)`,
      value: big.app,
      reference: big.raw,
      referenceName: 'raw insert of the same rows in one transaction',
    },
  ];
}
