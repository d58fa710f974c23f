import { createHash } from 'node:crypto';
import type { Pack } from '../../../shared/content/pack';
import { findPackProblems } from '../../../shared/content/pack-integrity';
import { AppError } from '../../../shared/api/envelope';
import { withTransaction, type Db } from '../db/connection';

export function packContentHash(pack: Pack): string {
  return createHash('sha256').update(JSON.stringify(pack)).digest('hex');
}

/**
 * Installs a whole pack in one transaction: either all of it is there afterwards, or the
 * database is as it was. Checks cross-references first so nothing half-linked lands.
 */
export function installPack(db: Db, pack: Pack, options: { primary: boolean }): void {
  const problems = findPackProblems(pack);
  if (problems.length > 0) {
    throw new AppError(
      'VALIDATION',
      `Pack ${pack.manifest.id} has ${problems.length} problem(s): ${problems.slice(0, 5).join('; ')}`,
    );
  }
  const id = pack.manifest.id;
  const insert = {
    pack: db.prepare(
      `INSERT INTO packs (id, version, language, instrument, title, content_hash, is_primary, installed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    chapter: db.prepare(
      `INSERT INTO chapters (pack_id, number, ordinal, title, first_article, last_article) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    article: db.prepare(
      `INSERT INTO articles (pack_id, number, title, chapter, obligation, summary, topics, budapest_article, budapest_note)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    link: db.prepare(
      `INSERT OR IGNORE INTO article_links (pack_id, from_number, to_number) VALUES (?, ?, ?)`,
    ),
    provision: db.prepare(
      `INSERT INTO provisions (id, pack_id, article_number, ordinal, paragraph, text, level, needs, elements, flexibility)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    term: db.prepare(
      `INSERT INTO terms (id, pack_id, term, definition, article_number) VALUES (?, ?, ?, ?, ?)`,
    ),
    usage: db.prepare(`INSERT OR IGNORE INTO term_usages (term_id, article_number) VALUES (?, ?)`),
    search: db.prepare(
      `INSERT INTO search_index (title, body, kind, ref, article_number, pack_id) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
  };

  withTransaction(db, () => {
    if (options.primary) db.prepare('UPDATE packs SET is_primary = 0').run();
    const m = pack.manifest;
    insert.pack.run(
      id,
      m.version,
      m.language,
      m.instrument,
      m.title,
      packContentHash(pack),
      options.primary ? 1 : 0,
      new Date().toISOString(),
    );
    pack.chapters.forEach((c, i) =>
      insert.chapter.run(id, c.number, i + 1, c.title, c.firstArticle, c.lastArticle),
    );
    for (const a of pack.articles) {
      insert.article.run(
        id,
        a.number,
        a.title,
        a.chapter,
        a.obligation,
        a.summary,
        JSON.stringify(a.topics),
        a.budapest?.article ?? null,
        a.budapest?.note ?? a.budapestNote ?? null,
      );
      const budapest = a.budapest ? `Budapest Convention article ${a.budapest.article}` : '';
      insert.search.run(
        `Article ${a.number}. ${a.title}`,
        [a.summary, a.topics.join(', '), budapest].join('\n'),
        'article',
        `${id}.art${a.number}`,
        a.number,
        id,
      );
    }
    for (const a of pack.articles) {
      for (const to of a.related) insert.link.run(id, a.number, to);
      a.provisions.forEach((p, i) => {
        insert.provision.run(
          p.id,
          id,
          a.number,
          i + 1,
          p.paragraph,
          p.text,
          p.level,
          p.needs,
          JSON.stringify(p.elements),
          p.flexibility ?? null,
        );
        insert.search.run(
          `Article ${a.number}(${p.paragraph}). ${a.title}`,
          [p.text, p.elements.join('; '), p.flexibility ?? ''].join('\n'),
          'provision',
          p.id,
          a.number,
          id,
        );
      });
    }
    for (const t of pack.terms) {
      insert.term.run(t.id, id, t.term, t.definition, t.article);
      for (const n of new Set([t.article, ...t.usedIn])) insert.usage.run(t.id, n);
      insert.search.run(t.term, t.definition, 'term', t.id, t.article, id);
    }
  });
}
