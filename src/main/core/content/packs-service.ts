import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/envelope';
import type { PushEvent } from '../../../shared/api/events';
import { checkItems, itemCheckWarnings } from '../../../shared/content/item-check';
import type { Pack } from '../../../shared/content/pack';
import { questionsFromSheet } from '../../../shared/content/question-sheet';
import type {
  FileWritten,
  PackImportResult,
  QuestionSheetResult,
} from '../../../shared/domain/packs';
import type { Db } from '../db/connection';
import { checkOutputPath, writeFileAtomic } from '../files/output-file';
import { loadInputFile as load, type FileSource } from '../files/input-file';
import { compareVersions, installPack } from './install-pack';
import { parsePackText, toPackFile } from './pack-files';
import { createPackRepository } from './pack-repository';
import { TRUSTED_PUBLISHERS, type Publisher } from './pack-signature';
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

export function createPacksService(
  db: Db,
  emit: (event: PushEvent) => void,
  trusted: readonly Publisher[] = TRUSTED_PUBLISHERS,
) {
  const repo = createPackRepository(
    db,
    (keyId) => trusted.find((p) => p.keyId === keyId)?.name ?? `key ${keyId}`,
  );

  function install(pack: Pack, publisher: Publisher | null): PackImportResult {
    const jobId = randomUUID();
    const progress = (current: number, total: number, done: boolean) =>
      emit({
        name: 'job.progress',
        payload: {
          jobId,
          kind: 'pack-import',
          step: `Installing ${pack.manifest.title}`,
          current,
          total,
          done,
        },
      });
    const result = installPack(db, pack, {
      source: 'imported',
      publisher: publisher?.keyId ?? null,
      onProgress: (c, t) => progress(c, t, false),
    });
    progress(1, 1, true);
    return {
      ...result,
      title: pack.manifest.title,
      warnings: itemCheckWarnings(checkItems(pack.questions)),
    };
  }

  return {
    list: () => repo.list(),

    import(source: FileSource): PackImportResult {
      const { name, bytes } = load(source, 'pack');
      const { pack, publisher } = parsePackText(bytes.toString('utf8'), name, trusted);
      return install(pack, publisher);
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
    async importQuestions(source: FileSource): Promise<QuestionSheetResult> {
      const { name, bytes } = load(source, 'question-sheet');
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
      return { ok: true, pack: install(pack, null), questions: questions.length };
    },

    async questionTemplate(format: 'xlsx' | 'csv'): Promise<FileContent> {
      return {
        fileName: `question-template.${format}`,
        contentBase64: (await questionTemplate(format)).toString('base64'),
      };
    },

    questions: repo.questions,
    quizzes: repo.quizzes,
  };
}

export type PacksService = ReturnType<typeof createPacksService>;
