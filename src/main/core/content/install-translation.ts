import type { Pack, TranslationMark, TranslationPack } from '../../../shared/content/pack';
import { findTranslationProblems } from '../../../shared/content/translation-integrity';
import { AppError } from '../../../shared/api/envelope';
import { withTransaction, type Db } from '../db/connection';
import { compareVersions } from './install-pack';
import { searchTableFor } from './translation-search';

export type TranslatedKind = 'chapter' | 'article' | 'provision' | 'term' | 'question' | 'quiz';

interface TextRow {
  kind: TranslatedKind;
  item: string;
  field: string;
  text: string;
  mark: TranslationMark;
}

/** Every translated string of the pack as (kind, item, field) rows; lists are stored as JSON. */
function textRows(t: TranslationPack): TextRow[] {
  const rows: TextRow[] = [];
  const add = (
    kind: TranslatedKind,
    item: string,
    field: string,
    text: string | undefined,
    mark: TranslationMark,
  ) => {
    if (text !== undefined) rows.push({ kind, item, field, text, mark });
  };
  for (const c of t.chapters?.chapters ?? [])
    add('chapter', c.number, 'title', c.title, t.chapters!.translation);
  for (const a of t.articles) {
    const n = String(a.number);
    add('article', n, 'title', a.title, a.translation);
    add('article', n, 'summary', a.summary, a.translation);
    a.verification?.notes.forEach((note, i) => add('article', n, `note.${i}`, note, a.translation));
    for (const p of a.provisions) {
      add('provision', p.id, 'text', p.text, a.translation);
      add('provision', p.id, 'flexibility', p.flexibility, a.translation);
      if (p.elements) add('provision', p.id, 'elements', JSON.stringify(p.elements), a.translation);
    }
  }
  for (const term of t.terms?.terms ?? []) {
    add('term', term.id, 'term', term.term, t.terms!.translation);
    add('term', term.id, 'definition', term.definition, t.terms!.translation);
  }
  for (const file of t.questions)
    for (const q of file.questions) {
      add('question', q.id, 'scenario', q.scenario, file.translation);
      add('question', q.id, 'prompt', q.prompt, file.translation);
      add('question', q.id, 'explanation', q.explanation, file.translation);
      for (const o of q.options) add('question', q.id, `option.${o.id}`, o.text, file.translation);
      for (const [id, why] of Object.entries(q.distractors))
        add('question', q.id, `distractor.${id}`, why, file.translation);
      if (q.pairs.length) add('question', q.id, 'pairs', JSON.stringify(q.pairs), file.translation);
    }
  for (const q of t.quizzes?.quizzes ?? []) {
    add('quiz', q.id, 'title', q.title, t.quizzes!.translation);
    add('quiz', q.id, 'description', q.description, t.quizzes!.translation);
  }
  return rows;
}

export interface TranslationInstallResult {
  packId: string;
  language: string;
  version: string;
  previousVersion: string | null;
  unchanged: boolean;
  texts: number;
}

/**
 * Installs a translation of an installed base pack, replacing any older translation of the same
 * base into the same language, in one transaction. Refused, with every problem named by file,
 * item and field, when it does not fit the base (findTranslationProblems).
 */
export function installTranslation(
  db: Db,
  translation: TranslationPack,
  base: Pack,
  source: 'bundled' | 'imported',
  name = translation.manifest.id,
): TranslationInstallResult {
  const m = translation.manifest;
  const baseId = m.translationOf.id;
  if (base.manifest.id !== baseId)
    throw new AppError('VALIDATION', `${name}: it translates ${baseId}, not ${base.manifest.id}.`);
  const problems = findTranslationProblems(translation, base);
  if (problems.length)
    throw new AppError(
      'VALIDATION',
      `${name} does not fit pack ${baseId}: ${problems.slice(0, 10).join('; ')}${problems.length > 10 ? `; and ${problems.length - 10} more` : ''}.`,
    );
  const installed = db
    .prepare<[string, string], { id: string; version: string }>(
      'SELECT id, version FROM translation_packs WHERE base_pack_id = ? AND language = ?',
    )
    .get(baseId, m.language);
  const result = {
    packId: m.id,
    language: m.language,
    version: m.version,
    previousVersion: installed?.version ?? null,
    unchanged: false,
    texts: 0,
  };
  if (installed && installed.id === m.id && compareVersions(m.version, installed.version) <= 0)
    return { ...result, unchanged: true };

  const rows = textRows(translation);
  const insertText = db.prepare(
    `INSERT INTO translated_texts (base_pack_id, language, kind, item_id, field, text, status, review)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const table = searchTableFor(m.language);
  const insertSearch = db.prepare(
    `INSERT INTO ${table} (title, body, language, kind, ref, article_number, pack_id) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  withTransaction(db, () => {
    db.prepare('DELETE FROM translated_texts WHERE base_pack_id = ? AND language = ?').run(
      baseId,
      m.language,
    );
    for (const index of ['translation_search', 'translation_search_cjk'])
      db.prepare(`DELETE FROM ${index} WHERE pack_id = ? AND language = ?`).run(baseId, m.language);
    db.prepare('DELETE FROM translation_packs WHERE base_pack_id = ? AND language = ?').run(
      baseId,
      m.language,
    );
    db.prepare(
      `INSERT INTO translation_packs (id, base_pack_id, base_version, language, version, title, official, source, installed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      m.id,
      baseId,
      m.translationOf.version,
      m.language,
      m.version,
      m.title,
      m.official ? 1 : 0,
      source,
      new Date().toISOString(),
    );
    for (const r of rows)
      insertText.run(
        baseId,
        m.language,
        r.kind,
        r.item,
        r.field,
        r.text,
        r.mark.status,
        r.mark.review,
      );
    indexForSearch(translation, base, (title, body, kind, ref, article) =>
      insertSearch.run(title, body, m.language, kind, ref, article, baseId),
    );
  });
  return { ...result, texts: rows.length };
}

/** The translated words go into the language's search index, placed like the base pack's. */
function indexForSearch(
  t: TranslationPack,
  base: Pack,
  put: (title: string, body: string, kind: string, ref: string, article: number) => void,
) {
  const baseArticles = new Map(base.articles.map((a) => [a.number, a]));
  for (const a of t.articles) {
    put(
      `${a.number}. ${a.title}`,
      a.summary ?? '',
      'article',
      `${base.manifest.id}.art${a.number}`,
      a.number,
    );
    const paragraphs = new Map(
      baseArticles.get(a.number)?.provisions.map((p) => [p.id, p.paragraph]),
    );
    for (const p of a.provisions)
      put(
        `${a.number}(${paragraphs.get(p.id) ?? ''}). ${a.title}`,
        [p.text, (p.elements ?? []).join('; '), p.flexibility ?? ''].join('\n'),
        'provision',
        p.id,
        a.number,
      );
  }
  const baseTerms = new Map(base.terms.map((term) => [term.id, term]));
  for (const term of t.terms?.terms ?? []) {
    const article = baseTerms.get(term.id)?.article;
    if (article !== undefined) put(term.term, term.definition, 'term', term.id, article);
  }
  const baseQuestions = new Map(base.questions.map((q) => [q.id, q]));
  for (const q of t.questions.flatMap((file) => file.questions)) {
    const article = baseQuestions.get(q.id)?.articles[0];
    if (article === undefined) continue;
    const body = [q.scenario ?? '', q.prompt, ...q.options.map((o) => o.text), q.explanation];
    put(`${article}`, body.join('\n'), 'question', q.id, article);
  }
}
