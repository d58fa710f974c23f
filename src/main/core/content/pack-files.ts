import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  articleSource,
  chapterSource,
  packManifest,
  termSource,
  type Pack,
} from '../../../shared/content/pack';
import { AppError } from '../../../shared/api/envelope';

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AppError('VALIDATION', `${file}: not valid JSON (${(error as Error).message}).`);
  }
}

/** Parses with the schema and names the file, the item and the field in the message. */
function parseFile<S extends z.ZodType>(file: string, schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : '(whole file)';
  throw new AppError('VALIDATION', `${file}: ${where}: ${issue?.message ?? 'invalid'}.`);
}

/** Reads a pack authored as source files: manifest, chapters, one file per article, terms. */
export function readPackDirectory(dir: string): Pack {
  const manifest = parseFile(
    join(dir, 'manifest.json'),
    packManifest,
    readJson(join(dir, 'manifest.json')),
  );
  const chaptersFile = join(dir, 'chapters.json');
  const chapters = parseFile(chaptersFile, chapterSource.array(), readJson(chaptersFile));
  const articleDir = join(dir, 'articles');
  const articles = readdirSync(articleDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = join(articleDir, name);
      return parseFile(file, articleSource, readJson(file));
    });
  const termsFile = join(dir, 'terms.json');
  const terms = existsSync(termsFile)
    ? parseFile(termsFile, termSource.array(), readJson(termsFile))
    : [];
  return { manifest, chapters, articles, terms };
}
