import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  articleTranslation,
  chapterTranslationFile,
  packManifest,
  questionTranslationFile,
  quizTranslationFile,
  termTranslationFile,
  translationPack,
  type TranslationPack,
} from '../../../shared/content/pack';
import { AppError } from '../../../shared/api/envelope';
import { jsonFilesIn, parseWith, readJson } from './pack-files';

/**
 * Reads a translation pack authored as files laid out like its base pack (see
 * docs/CONTENT-PACKS.md, Translations); each file names the item, field and file on error.
 */
export function readTranslationDirectory(dir: string): TranslationPack {
  const manifestFile = join(dir, 'manifest.json');
  const manifest = parseWith(manifestFile, packManifest, readJson(manifestFile));
  if (!manifest.translationOf || manifest.official === undefined)
    throw new AppError(
      'VALIDATION',
      `${manifestFile}: a translation pack names translationOf and says whether it is official.`,
    );
  const optional = <T>(file: string, read: (file: string) => T) =>
    existsSync(file) ? read(file) : undefined;
  return translationPack.parse({
    manifest,
    chapters: optional(join(dir, 'chapters.json'), (f) =>
      parseWith(f, chapterTranslationFile, readJson(f)),
    ),
    articles: jsonFilesIn(join(dir, 'articles')).map((f) =>
      parseWith(f, articleTranslation, readJson(f)),
    ),
    terms: optional(join(dir, 'terms.json'), (f) => parseWith(f, termTranslationFile, readJson(f))),
    questions: jsonFilesIn(join(dir, 'questions')).map((f) =>
      parseWith(f, questionTranslationFile, readJson(f)),
    ),
    quizzes: optional(join(dir, 'quizzes.json'), (f) =>
      parseWith(f, quizTranslationFile, readJson(f)),
    ),
  });
}
