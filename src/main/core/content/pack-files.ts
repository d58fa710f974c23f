import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  articleSource,
  chapterSource,
  packFile,
  packManifest,
  PACK_FILE_FORMAT,
  questionSource,
  quizSource,
  termSource,
  type Pack,
  type PackFile,
} from '../../../shared/content/pack';
import { AppError } from '../../../shared/api/envelope';
import { parseJsonText } from '../../../shared/text/json-text';
import { packContentHash } from './install-pack';
import { verifiedPublisher } from './pack-signature';
import { TRUSTED_PUBLISHERS, type Publisher } from './publishers';

export function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError(
      'NOT_FOUND',
      `${file} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
  return parseJsonText(text, file);
}

/**
 * "articles.3.provisions.0.level" → "article 7, provision uncc.art7.p1, field level": people
 * look for the item they wrote, not for an array index.
 */
export function describeLocation(value: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let node: unknown = value;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const child = (node as Record<PropertyKey, unknown> | undefined)?.[key as never];
    if (typeof key === 'number') {
      const item = child as { id?: unknown; number?: unknown; provisionId?: unknown } | undefined;
      const singular = String(path[i - 1] ?? 'item')
        .replace(/s$/, '')
        .replace(/ie$/, 'y')
        .replace(/quizze$/, 'quiz');
      const identity = [item?.id, item?.provisionId, item?.number].find(
        (v) => typeof v === 'string' || typeof v === 'number',
      );
      const label = identity === undefined ? `#${key + 1}` : String(identity);
      parts[parts.length - 1] = `${singular} ${label}`;
    } else {
      parts.push(String(key));
    }
    node = child;
  }
  const last = parts.at(-1);
  if (last && !/ /.test(last) && parts.length > 0) parts[parts.length - 1] = `field ${last}`;
  return parts.length ? parts.join(', ') : 'the whole file';
}

/** Parses with the schema and names the file, the item and the field in the message. */
export function parseWith<S extends z.ZodType>(
  file: string,
  schema: S,
  value: unknown,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new AppError(
    'VALIDATION',
    `${file}: ${describeLocation(value, issue?.path ?? [])}: ${issue?.message ?? 'invalid'}.`,
  );
}

function optionalFile<S extends z.ZodType>(
  file: string,
  schema: S,
  fallback: z.output<S>,
): z.output<S> {
  return existsSync(file) ? parseWith(file, schema, readJson(file)) : fallback;
}

export function jsonFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

/** Reads a pack authored as source files: manifest, chapters, one file per article, terms, questions, quizzes. */
export function readPackDirectory(dir: string): Pack {
  const manifestFile = join(dir, 'manifest.json');
  return {
    manifest: parseWith(manifestFile, packManifest, readJson(manifestFile)),
    chapters: optionalFile(join(dir, 'chapters.json'), chapterSource.array(), []),
    articles: jsonFilesIn(join(dir, 'articles')).map((file) =>
      parseWith(file, articleSource, readJson(file)),
    ),
    terms: optionalFile(join(dir, 'terms.json'), termSource.array(), []),
    questions: jsonFilesIn(join(dir, 'questions')).flatMap((file) =>
      parseWith(file, questionSource.array(), readJson(file)),
    ),
    quizzes: optionalFile(join(dir, 'quizzes.json'), quizSource.array(), []),
  };
}

export function toPackFile(pack: Pack): PackFile {
  return {
    format: PACK_FILE_FORMAT,
    formatVersion: 1,
    contentHash: packContentHash(pack),
    ...pack,
  };
}

/** A pack read from a file, with the trusted publisher who signed it (null: unverified source). */
export interface ReadPack {
  pack: Pack;
  publisher: Publisher | null;
}

/** Checks a parsed single-file pack; a damaged or edited file is refused by its hash or signature. */
export function parsePackFile(
  value: unknown,
  name: string,
  trusted: readonly Publisher[] = TRUSTED_PUBLISHERS,
): ReadPack {
  if ((value as { format?: unknown } | null)?.format !== PACK_FILE_FORMAT) {
    throw new AppError(
      'VALIDATION',
      `${name} is not a Convention Workbench content pack (its "format" is not "${PACK_FILE_FORMAT}").`,
    );
  }
  const {
    format: _format,
    formatVersion: _version,
    contentHash,
    signature,
    ...pack
  } = parseWith(name, packFile, value);
  if (packContentHash(pack) !== contentHash) {
    throw new AppError(
      'VALIDATION',
      `${name}: its content does not match its contentHash; the file was edited or damaged after export.`,
    );
  }
  return { pack, publisher: verifiedPublisher(name, contentHash, signature, trusted) };
}

export function parsePackText(
  text: string,
  name: string,
  trusted: readonly Publisher[] = TRUSTED_PUBLISHERS,
): ReadPack {
  return parsePackFile(parseJsonText(text, name), name, trusted);
}
