import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { chapterSource } from '../shared/content/pack';

export type Chapter = z.infer<typeof chapterSource>;

/**
 * The hub learns provision → chapter from a content pack (a pack folder such as
 * resources/packs/uncc, or a pack file): provision ids name their article (uncc.art41.p2) and
 * the pack's chapters give each chapter's article range. Changes carry no chapter of their own,
 * so a chapter renumbered in a newer pack does not leave old labels in the log.
 */
export function readChapters(pack: string): Chapter[] {
  const file = statSync(pack).isDirectory() ? join(pack, 'chapters.json') : pack;
  if (!existsSync(file)) throw new Error(`${pack} is not a content pack: ${file} is missing.`);
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const list = Array.isArray(json) ? json : (json as { chapters?: unknown }).chapters;
  const parsed = z.array(chapterSource).min(1).safeParse(list);
  if (!parsed.success)
    throw new Error(`${file}: the chapters are not readable (${parsed.error.issues[0]?.message}).`);
  return parsed.data;
}

export function chapterOf(chapters: readonly Chapter[], provisionId: string): string | null {
  const article = Number(/\.art(\d+)\./.exec(provisionId)?.[1]);
  return (
    chapters.find((c) => article >= c.firstArticle && article <= c.lastArticle)?.number ?? null
  );
}
