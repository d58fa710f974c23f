import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleSource, PackManifest, TermSource } from '../../../shared/content/pack';
import type { Input, Output } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/methods';
import Database from 'better-sqlite3';
import type { EventPayload } from '../../../shared/api/events';
import { createWorkbench, DATABASE_FILE_NAME, type Workbench } from '../workbench';
import type { WorkbenchOptions } from '../workbench-options';

export const PROJECT_RESOURCES = join(import.meta.dirname, '..', '..', '..', '..', 'resources');

/**
 * A workbench over a data folder, opened as the browser-mode app opens it (plus any `options` a
 * test needs, such as its own syncFetch); the caller closes it.
 */
export function openTestWorkbench(
  dataDir: string,
  resourcesDir: string,
  options: Partial<WorkbenchOptions> = {},
): Promise<Workbench> {
  return createWorkbench({ dataDir, resourcesDir, shell: 'browser', appVersion: 't', ...options });
}

/** A fresh folder under the system temp dir, removed by the returned cleanup. */
export function tempDir(prefix = 'cw-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface SmallPackOptions {
  id?: string;
  articles?: Partial<ArticleSource>[];
  terms?: TermSource[];
}

/** Writes a small but complete pack source folder: two chapters, three articles, one term. */
export function writeSmallPack(resourcesDir: string, options: SmallPackOptions = {}): string {
  const id = options.id ?? 'uncc';
  const dir = join(resourcesDir, 'packs', id);
  mkdirSync(join(dir, 'articles'), { recursive: true });
  const manifest: PackManifest = {
    id,
    version: '1.0.0',
    language: 'en',
    instrument: 'Test instrument',
    title: 'Test pack',
    license: 'Written for tests',
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(
    join(dir, 'chapters.json'),
    JSON.stringify([
      { number: 'I', title: 'General provisions', firstArticle: 1, lastArticle: 1 },
      { number: 'II', title: 'Criminalization', firstArticle: 2, lastArticle: 3 },
    ]),
  );
  const base: ArticleSource[] = [
    {
      number: 1,
      title: 'Statement of purpose',
      titleBasis: 'test',
      chapter: 'I',
      obligation: 'institutional',
      summary: 'Why the treaty exists: to prevent and combat cybercrime more efficiently.',
      topics: ['aims'],
      related: [2],
      budapest: null,
      sources: ['test'],
      verification: { status: 'text-read', notes: [] },
      provisions: [],
    },
    {
      number: 2,
      title: 'Illegal access',
      titleBasis: 'test',
      chapter: 'II',
      obligation: 'mixed',
      summary: 'States make intentional access to a computer system without right a crime.',
      topics: ['hacking'],
      related: [3],
      budapest: { article: 2, note: 'Same core offence.' },
      sources: ['test'],
      verification: { status: 'text-read', notes: [] },
      provisions: [
        {
          id: `${id}.art2.p1`,
          paragraph: '1',
          text: 'Criminalise access without right.',
          level: 'mandatory',
          needs: 'domestic-law',
          elements: ['intent', 'without right'],
        },
        {
          id: `${id}.art2.p2`,
          paragraph: '2',
          text: 'A State may require dishonest intent.',
          level: 'optional',
          needs: 'domestic-law',
          elements: [],
          flexibility: 'Conditions allowed.',
        },
      ],
    },
    {
      number: 3,
      title: 'Solicitation or grooming',
      titleBasis: 'test',
      chapter: 'II',
      obligation: 'mandatory',
      summary: 'Communicating with a child to arrange a sexual offence becomes a crime.',
      topics: ['grooming', 'child protection'],
      related: [],
      budapest: null,
      sources: ['test'],
      verification: { status: 'text-read', notes: [] },
      provisions: [
        {
          id: `${id}.art3.p1`,
          paragraph: '1',
          text: 'Criminalise grooming of children.',
          level: 'mandatory',
          needs: 'domestic-law',
          elements: [],
        },
      ],
    },
  ];
  const articles = base.map((a, i) => ({ ...a, ...(options.articles?.[i] ?? {}) }));
  for (const article of articles) {
    writeFileSync(
      join(dir, 'articles', `${String(article.number).padStart(2, '0')}.json`),
      JSON.stringify(article),
    );
  }
  const terms: TermSource[] = options.terms ?? [
    {
      id: `${id}.term.ict-system`,
      term: 'ICT system',
      definition: 'A device or group of devices that processes data.',
      article: 1,
      usedIn: [2],
    },
  ];
  writeFileSync(join(dir, 'terms.json'), JSON.stringify(terms));
  return dir;
}

/** Calls a method through the real dispatch and returns its data, failing the test on an error. */
export async function callOk<M extends MethodName>(
  workbench: Pick<Workbench, 'dispatch'>,
  method: M,
  input: Input<M>,
): Promise<Output<M>> {
  const answer = await workbench.dispatch(method, input);
  if (!answer.ok) throw new Error(`${method} → ${answer.error.code}: ${answer.error.message}`);
  return answer.data as Output<M>;
}

/**
 * A workbench over the small test pack in fresh folders, and a third folder for files the test
 * writes; `cleanup` closes the workbench and removes all three.
 */
export async function smallWorkbench(): Promise<{
  workbench: Workbench;
  dataDir: string;
  filesDir: string;
  cleanup: () => void;
}> {
  const resources = tempDir();
  const data = tempDir();
  const files = tempDir();
  writeSmallPack(resources.dir);
  const workbench = await createWorkbench({
    dataDir: data.dir,
    resourcesDir: resources.dir,
    shell: 'browser',
    appVersion: 't',
  });
  return {
    workbench,
    dataDir: data.dir,
    filesDir: files.dir,
    cleanup: () => {
      workbench.close();
      [resources, data, files].forEach((f) => f.cleanup());
    },
  };
}

/**
 * One data folder shared by a whole test file, which its tests may close and open again (as
 * after a restart): `open` opens a workbench over it; `cleanup` closes every workbench opened,
 * newest first, then removes the folder.
 */
export function reopenableDataDir(resourcesDir = PROJECT_RESOURCES): {
  dir: string;
  open: () => Promise<Workbench>;
  cleanup: () => void;
} {
  const data = tempDir();
  const opened: Workbench[] = [];
  return {
    dir: data.dir,
    async open() {
      const workbench = await openTestWorkbench(data.dir, resourcesDir);
      opened.unshift(workbench);
      return workbench;
    },
    cleanup() {
      opened.forEach((w) => w.close());
      data.cleanup();
    },
  };
}

/**
 * Every job.progress event of one kind, as they arrive; `stop` ends the listening (tests put it
 * among their clean-ups).
 */
export function progressEvents(
  workbench: Workbench,
  kind: string,
): { seen: EventPayload<'job.progress'>[]; stop: () => void } {
  const seen: EventPayload<'job.progress'>[] = [];
  const stop = workbench.subscribe((event) => {
    if (event.name === 'job.progress' && event.payload.kind === kind) seen.push(event.payload);
  });
  return { seen, stop: () => void stop() };
}

/** Every row of `tables` in a data folder's database, to compare before and after a job. */
export function tablesSnapshot(dataDir: string, tables: readonly string[]): string {
  const db = new Database(join(dataDir, DATABASE_FILE_NAME), { readonly: true });
  try {
    return JSON.stringify(
      tables.map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()),
    );
  } finally {
    db.close();
  }
}
