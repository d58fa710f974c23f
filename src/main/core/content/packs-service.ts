import { AppError } from '../../../shared/api/envelope';
import { checkItems, itemCheckWarnings } from '../../../shared/content/item-check';
import type { Pack } from '../../../shared/content/pack';
import { questionsFromSheet } from '../../../shared/content/question-sheet';
import type {
  FileWritten,
  PackImportResult,
  QuestionSheetResult,
} from '../../../shared/domain/packs';
import type { Db } from '../db/connection';
import type { Progress } from '../jobs/progress';
import { checkOutputPath, writeFileAtomic } from '../files/output-file';
import { loadInputFile as load, type FileSource } from '../files/input-file';
import { compareVersions, installPack } from './install-pack';
import { parsePackFile, toPackFile } from './pack-files';
import { parseJsonText } from '../../../shared/text/json-text';
import { installTranslation } from './install-translation';
import { isTranslationPackFile, parseTranslationPackFile } from './translation-pack-file';
import { createPackRepository, type QuestionFilter } from './pack-repository';
import { createQuestionTranslator, createQuizTranslator } from './translated-questions';
import { TRUSTED_PUBLISHERS, type Publisher } from './publishers';
import { questionTemplate, readSheetRows } from '../files/sheets';

export interface FileContent {
  fileName: string;
  contentBase64: string;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/\.[a-z]+$/, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'sheet'
  );
}

const noProgress: Progress = () => undefined;

/**
 * Content packs. import and importQuestions write in one long transaction: the API runs them in
 * a job worker (jobs/job-kinds.ts) that passes `progress`, which hears each article and batch of
 * questions while the transaction is still open, and throws to cancel it.
 */
export function createPacksService(db: Db, trusted: readonly Publisher[] = TRUSTED_PUBLISHERS) {
  const translateQuestions = createQuestionTranslator(db);
  const translateQuizzes = createQuizTranslator(db);
  const repo = createPackRepository(
    db,
    (keyId) => trusted.find((p) => p.keyId === keyId)?.name ?? `key ${keyId}`,
  );

  function install(pack: Pack, publisher: Publisher | null, progress: Progress): PackImportResult {
    const result = installPack(db, pack, {
      source: 'imported',
      publisher: publisher?.keyId ?? null,
      onProgress: (step, current, total) => progress(step, current, total, false),
    });
    return {
      ...result,
      title: pack.manifest.title,
      warnings: itemCheckWarnings(checkItems(pack.questions)),
    };
  }

  /** A translation of an installed pack: checked against it, item by item, before it is stored. */
  function installTranslationFile(value: unknown, name: string): PackImportResult {
    const translation = parseTranslationPackFile(value, name);
    const baseId = translation.manifest.translationOf.id;
    if (!repo.list().some((p) => p.id === baseId))
      throw new AppError(
        'NOT_FOUND',
        `${name} translates pack ${baseId}, which is not installed; install ${baseId} first.`,
      );
    const result = installTranslation(db, translation, repo.read(baseId), 'imported', name);
    return {
      packId: result.packId,
      title: translation.manifest.title,
      version: result.version,
      previousVersion: result.previousVersion,
      unchanged: result.unchanged,
      retired: { provisions: 0, questions: 0, quizzes: 0 },
      warnings: [],
      translation: { of: baseId, language: result.language, texts: result.texts },
    };
  }

  return {
    list: () => repo.list(),

    import(source: FileSource, progress = noProgress): PackImportResult {
      const { name, bytes } = load(source, 'pack');
      progress('reading', 0, 1, false);
      const value = parseJsonText(bytes.toString('utf8'), name);
      if (isTranslationPackFile(value)) return installTranslationFile(value, name);
      const { pack, publisher } = parsePackFile(value, name, trusted);
      return install(pack, publisher, progress);
    },

    export(id: string, path: string): FileWritten {
      const file = checkOutputPath(path, ['.json']);
      return {
        path: file,
        bytes: writeFileAtomic(file, JSON.stringify(toPackFile(repo.read(id)), null, 2)),
      };
    },

    download(id: string): FileContent {
      const pack = repo.read(id);
      return {
        fileName: `${id}-${pack.manifest.version}.cwpack.json`,
        contentBase64: Buffer.from(JSON.stringify(toPackFile(pack), null, 2)).toString('base64'),
      };
    },

    /** Questions written in a spreadsheet become a pack of their own, one per file name. */
    async importQuestions(source: FileSource, progress = noProgress): Promise<QuestionSheetResult> {
      const { name, bytes } = load(source, 'question-sheet');
      progress('reading', 0, 1, false);
      const rows = await readSheetRows(name, bytes);
      const primary = repo.primaryInstrument();
      const articles = new Set(
        db
          .prepare<[string], number>('SELECT number FROM articles WHERE pack_id = ?')
          .pluck()
          .all(primary.id),
      );
      const packId = `sheet-${slug(name)}`;
      const { questions, problems } = questionsFromSheet(rows, packId, articles);
      if (problems.length) return { ok: false, problems, rows: Math.max(0, rows.length - 1) };
      const installed = repo.list().find((p) => p.id === packId);
      const version = installed
        ? installed.version.replace(/\d+$/, (n) => String(Number(n) + 1))
        : '1.0.0';
      if (installed && compareVersions(version, installed.version) <= 0)
        throw new AppError('CONFLICT', `Pack ${packId} cannot be updated.`);
      const pack: Pack = {
        manifest: {
          id: packId,
          version,
          language: primary.language,
          instrument: primary.instrument,
          title: `Questions from ${name}`,
          license: 'Written by the workshop organisers',
        },
        chapters: [],
        articles: [],
        terms: [],
        questions,
        quizzes: [],
      };
      return { ok: true, pack: install(pack, null, progress), questions: questions.length };
    },

    async questionTemplate(format: 'xlsx' | 'csv'): Promise<FileContent> {
      return {
        fileName: `question-template.${format}`,
        contentBase64: (await questionTemplate(format)).toString('base64'),
      };
    },

    questions: (filter: QuestionFilter & { language?: string | undefined }) =>
      translateQuestions(repo.questions(filter), filter.language),
    quizzes: (language?: string) => translateQuizzes(repo.quizzes(), language),
  };
}

export type PacksService = ReturnType<typeof createPacksService>;
