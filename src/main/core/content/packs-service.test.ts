import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { toCsv } from '../../../shared/content/csv';
import { QUESTION_SHEET_COLUMNS } from '../../../shared/content/question-sheet';
import type { PackFile } from '../../../shared/content/pack';
import { createWorkbench, type Workbench } from '../workbench';
import { callOk, tempDir, writeSmallPack } from '../testing/fixtures';
import { packContentHash } from './install-pack';
import { keyIdOf, signPackHash } from './pack-signature';
import type { Publisher } from './publishers';

/** Throwaway publishers made for this run: one plays the bundled pack's publisher. */
function throwawayPublisher(name: string): { key: KeyObject; publisher: Publisher } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return { key: privateKey, publisher: { keyId: keyIdOf(publicKey), name, publicKey: publicPem } };
}
const bundledPublisher = throwawayPublisher('Test bundled publisher');
const otherPublisher = throwawayPublisher('Another trusted publisher');

let workbench: Workbench;
let dir: string;
let cleanups: (() => void)[] = [];

beforeEach(async () => {
  const resources = tempDir();
  const data = tempDir();
  const files = tempDir();
  cleanups.push(resources.cleanup, data.cleanup, files.cleanup);
  dir = files.dir;
  writeSmallPack(resources.dir);
  workbench = await createWorkbench({
    dataDir: data.dir,
    resourcesDir: resources.dir,
    shell: 'browser',
    appVersion: 't',
    trustedPublishers: [bundledPublisher.publisher, otherPublisher.publisher],
  });
  cleanups.unshift(() => workbench.close());
});
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function exported(): Promise<PackFile> {
  const path = join(dir, 'uncc.json');
  await callOk(workbench, 'packs.export', { id: 'uncc', path });
  return JSON.parse(readFileSync(path, 'utf8')) as PackFile;
}

function write(file: PackFile, name: string, rehash = true, signer?: KeyObject): string {
  const { format, formatVersion, contentHash, signature: _signature, ...pack } = file;
  const path = join(dir, name);
  const hash = rehash ? packContentHash(pack) : contentHash;
  writeFileSync(
    path,
    JSON.stringify({
      format,
      formatVersion,
      contentHash: hash,
      ...pack,
      ...(signer ? { signature: signPackHash(hash, signer) } : {}),
    }),
  );
  return path;
}

describe('packs', () => {
  it('lists the bundled pack with its counts', async () => {
    expect(await callOk(workbench, 'packs.list', {})).toEqual([
      expect.objectContaining({
        id: 'uncc',
        version: '1.0.0',
        source: 'bundled',
        isPrimary: true,
        counts: { articles: 3, provisions: 3, terms: 1, questions: 0, quizzes: 0 },
      }),
    ]);
  });

  it('exports a pack that imports back unchanged', async () => {
    const file = await exported();
    expect(file).toMatchObject({
      format: 'convention-workbench-pack',
      formatVersion: 1,
      manifest: { id: 'uncc' },
    });
    expect(file.articles.map((a) => a.number)).toEqual([1, 2, 3]);
    const result = await callOk(workbench, 'packs.import', { path: join(dir, 'uncc.json') });
    expect(result).toMatchObject({ packId: 'uncc', unchanged: true });
  });

  it('updates to a newer version, retiring provisions it leaves out and keeping their rows', async () => {
    const file = await exported();
    file.manifest.version = '1.1.0';
    file.articles[1]!.provisions = file.articles[1]!.provisions.slice(0, 1);
    file.articles[1]!.summary = 'A clearer summary of illegal access.';
    const path = write(file, 'v11.json', true, bundledPublisher.key);
    const result = await callOk(workbench, 'packs.import', { path });
    expect(result).toMatchObject({
      previousVersion: '1.0.0',
      version: '1.1.0',
      retired: { provisions: 1 },
    });
    const article = await callOk(workbench, 'library.getArticle', { number: 2 });
    expect(article.summary).toBe('A clearer summary of illegal access.');
    expect(article.provisions.map((p) => p.id)).toEqual(['uncc.art2.p1']);
    expect((await callOk(workbench, 'library.stats', {})).provisions).toBe(2);
  });

  it('warns about questions that give answers away, and installs them', async () => {
    const file = await exported();
    expect(
      (await callOk(workbench, 'packs.import', { path: write(file, 'same.json') })).warnings,
    ).toEqual([]);
    file.manifest.version = '1.1.0';
    file.questions = Array.from({ length: 12 }, (_, i) => ({
      id: `uncc.q.${100 + i}`,
      type: 'single' as const,
      prompt: i === 0 ? 'Which article is not about access?' : 'Which article is about access?',
      options: [
        { id: 'a', text: 'Article 2, on illegal access to a system' },
        { id: 'b', text: 'Article 1' },
        { id: 'c', text: 'Article 3' },
        { id: 'd', text: 'Article 3' },
      ],
      answer: ['a'],
      pairs: [],
      explanation: 'Option a is right: article 2 is about access.',
      distractors: { b: 'Purpose.', c: 'Another.', d: 'Another.' },
      articles: [2],
      difficulty: 'easy' as const,
      audiences: ['police' as const],
    }));
    const result = await callOk(workbench, 'packs.import', {
      path: write(file, 'cued.json', true, bundledPublisher.key),
    });
    expect(result).toMatchObject({ version: '1.1.0', unchanged: false });
    expect(result.warnings.slice(0, 2)).toEqual([
      expect.stringContaining('longest in 12 of 12 questions'),
      expect.stringContaining('a 100 %, b 0 %, c 0 %, d 0 %'),
    ]);
    expect(result.warnings).toContain('uncc.q.100: the question asks with "not" not in capitals.');
    expect(
      result.warnings.filter((w) => w.includes('options c and d say the same thing')),
    ).toHaveLength(12);
    expect((await callOk(workbench, 'library.stats', {})).questions).toBe(12);
  });

  it("keeps a pack's dated status through install, listing and export", async () => {
    const file = await exported();
    expect(file.manifest.status).toBeUndefined();
    file.manifest.version = '1.1.0';
    const status = {
      asOf: '2025-10-26',
      source: 'A treaty record',
      lines: ['72 signatories.', 'Not yet in force.'],
      articles: [3],
    };
    file.manifest.status = status;
    await callOk(workbench, 'packs.import', {
      path: write(file, 'status.json', true, bundledPublisher.key),
    });
    const [listed] = await callOk(workbench, 'packs.list', {});
    expect(listed).toMatchObject({ version: '1.1.0', status });
    expect((await exported()).manifest.status).toEqual(status);
    file.manifest.version = '1.2.0';
    file.manifest.status = { ...status, articles: [9] };
    const answer = await workbench.dispatch('packs.import', {
      path: write(file, 'bad.json', true, bundledPublisher.key),
    });
    expect(answer.ok).toBe(false);
    if (!answer.ok)
      expect(answer.error.message).toMatch(/manifest status: article 9 does not exist/);
  });

  it.each([
    ['a missing file', (p: string) => ({ path: join(p, 'nope.json') }), /There is no file/],
    ['a relative path', () => ({ path: 'uncc.json' }), /must be absolute/],
    [
      'text that is not JSON',
      () => ({ fileName: 'broken.json', contentBase64: Buffer.from('{ nope').toString('base64') }),
      /broken.json: not valid JSON/,
    ],
    [
      'JSON that is not a pack',
      () => ({ fileName: 'other.json', contentBase64: Buffer.from('{"a":1}').toString('base64') }),
      /not a Convention Workbench content pack/,
    ],
  ])('refuses %s with a clear message', async (_label, source, message) => {
    const answer = await workbench.dispatch('packs.import', source(dir));
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.message).toMatch(message);
  });

  it('names the file, the item and the field that is wrong, and changes nothing', async () => {
    const file = await exported();
    file.manifest.version = '2.0.0';
    (file.articles[1]!.provisions[0] as { level: string }).level = 'sometimes';
    const answer = await workbench.dispatch('packs.import', {
      path: write(file, 'bad-level.json'),
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!answer.ok)
      expect(answer.error.message).toMatch(
        /bad-level\.json: article 2, provision uncc\.art2\.p1, field level/,
      );
    expect(await callOk(workbench, 'packs.list', {})).toEqual([
      expect.objectContaining({ version: '1.0.0' }),
    ]);
  });

  it('refuses a pack whose content no longer matches its hash', async () => {
    const file = await exported();
    file.articles[0]!.summary = 'Edited by hand';
    const answer = await workbench.dispatch('packs.import', {
      path: write(file, 'edited.json', false),
    });
    if (answer.ok) throw new Error('accepted an edited pack');
    expect(answer.error.message).toMatch(/does not match its contentHash/);
  });

  describe('signed packs', () => {
    async function newerBundled(): Promise<PackFile> {
      const file = await exported();
      file.manifest.version = '2.0.0';
      file.articles[0]!.summary = 'Other content under the bundled pack id.';
      return file;
    }
    const summary = async () =>
      (await callOk(workbench, 'library.getArticle', { number: 1 })).summary;

    it('lists the bundled pack as verified, with its publisher', async () => {
      expect((await callOk(workbench, 'packs.list', {}))[0]).toMatchObject({
        id: 'uncc',
        verified: true,
        publisher: 'Test bundled publisher',
      });
    });

    it.each([
      ['unsigned', undefined, /not signed/],
      ['signed by another trusted publisher', otherPublisher.key, /signed by key/],
      ['signed by an unknown key', throwawayPublisher('unknown').key, /not signed/],
    ])(
      'refuses an update of the bundled pack %s, and keeps its content',
      async (_, signer, message) => {
        const before = await summary();
        const answer = await workbench.dispatch('packs.import', {
          path: write(await newerBundled(), 'other.json', true, signer),
        });
        expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
        if (!answer.ok) expect(answer.error.message).toMatch(message);
        expect(await summary()).toBe(before);
      },
    );

    it("accepts an update signed by the bundled pack's publisher", async () => {
      const path = write(await newerBundled(), 'signed.json', true, bundledPublisher.key);
      expect(await callOk(workbench, 'packs.import', { path })).toMatchObject({ version: '2.0.0' });
      expect(await summary()).toBe('Other content under the bundled pack id.');
    });

    it('refuses a signed file whose content was changed after signing', async () => {
      const file = await newerBundled();
      const signed = JSON.parse(
        readFileSync(write(file, 'signed.json', true, bundledPublisher.key), 'utf8'),
      ) as PackFile;
      signed.articles[0]!.summary = 'Changed after signing.';
      const { format, formatVersion, contentHash: _hash, signature, ...pack } = signed;
      const path = join(dir, 'altered.json');
      writeFileSync(
        path,
        JSON.stringify({
          format,
          formatVersion,
          contentHash: packContentHash(pack),
          ...pack,
          signature,
        }),
      );
      const answer = await workbench.dispatch('packs.import', { path });
      expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!answer.ok) expect(answer.error.message).toMatch(/altered after it was signed/);
    });

    it('installs an unsigned new pack marked as an unverified source', async () => {
      const file = await exported();
      const extra: PackFile = {
        ...file,
        manifest: { ...file.manifest, id: 'extra', title: 'Extra questions' },
        chapters: [],
        articles: [],
        terms: [],
        questions: [],
        quizzes: [],
      };
      await callOk(workbench, 'packs.import', { path: write(extra, 'extra.json') });
      const listed = (await callOk(workbench, 'packs.list', {})).find((p) => p.id === 'extra');
      expect(listed).toMatchObject({ verified: false, publisher: null });
    });

    it("npm run pack:sign signs a file the app then accepts as the publisher's", async () => {
      const keyFile = join(dir, 'publisher.pem');
      writeFileSync(keyFile, bundledPublisher.key.export({ type: 'pkcs8', format: 'pem' }));
      const path = write(await newerBundled(), 'to-sign.json');
      const root = join(import.meta.dirname, '..', '..', '..', '..');
      execFileSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/sign-pack.ts', path, '--key', keyFile],
        {
          cwd: root,
        },
      );
      expect(await callOk(workbench, 'packs.import', { path })).toMatchObject({ version: '2.0.0' });
    });
  });

  it('refuses dangling links and an older version', async () => {
    const file = await exported();
    file.manifest.version = '3.0.0';
    file.articles[0]!.related = [99];
    const dangling = await workbench.dispatch('packs.import', {
      path: write(file, 'dangling.json'),
    });
    if (dangling.ok) throw new Error('accepted a dangling link');
    expect(dangling.error.message).toMatch(/article 1: related article 99 does not exist/);
    file.manifest.version = '0.9.0';
    file.articles[0]!.related = [];
    const older = await workbench.dispatch('packs.import', { path: write(file, 'older.json') });
    expect(older).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('newer than 0.9.0') },
    });
  });

  it('checks export paths: absolute, an existing writable folder, a .json name', async () => {
    const cases: [string, RegExp][] = [
      ['relative.json', /must be absolute/],
      [join(dir, 'missing', 'x.json'), /does not exist/],
      [join(dir, 'x.txt'), /must end in \.json/],
      [`${dir}/../x.json`, /may not contain/],
    ];
    for (const [path, message] of cases) {
      const answer = await workbench.dispatch('packs.export', { id: 'uncc', path });
      if (answer.ok) throw new Error(`wrote ${path}`);
      expect(answer.error.message, path).toMatch(message);
    }
    if (process.getuid?.() !== 0) {
      mkdirSync(join(dir, 'ro'));
      chmodSync(join(dir, 'ro'), 0o500);
      const answer = await workbench.dispatch('packs.export', {
        id: 'uncc',
        path: join(dir, 'ro', 'x.json'),
      });
      expect(answer).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining('read-only') },
      });
    }
  });
});

describe('questions from a spreadsheet', () => {
  const header = [...QUESTION_SHEET_COLUMNS];
  const row = (values: Partial<Record<(typeof QUESTION_SHEET_COLUMNS)[number], string>>) =>
    header.map((c) => values[c] ?? '');
  const good = row({
    type: 'single',
    articles: '2',
    difficulty: 'easy',
    audiences: 'police',
    prompt: 'Which conduct does article 2 cover?',
    option_a: 'Access without right',
    option_b: 'Spam',
    answer: 'a',
    explanation: 'Article 2 covers access without right.',
    why_not_b: 'Spam is not covered.',
  });

  it('offers a blank template in XLSX and CSV', async () => {
    const xlsx = await callOk(workbench, 'packs.questionTemplate', { format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Questions', 'Help']);
    expect(book.getWorksheet('Questions')!.getRow(1).values).toEqual([
      undefined,
      ...QUESTION_SHEET_COLUMNS,
    ]);
    const csv = await callOk(workbench, 'packs.questionTemplate', { format: 'csv' });
    expect(Buffer.from(csv.contentBase64, 'base64').toString()).toBe(
      `${QUESTION_SHEET_COLUMNS.join(',')}\r\n`,
    );
  });

  it('imports a good XLSX sheet as its own pack, searchable and filterable', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Questions');
    sheet.addRow(header);
    sheet.addRow(good);
    sheet.addRow(
      row({
        type: 'true-false',
        articles: '3',
        difficulty: 'medium',
        audiences: 'legislators, policy',
        prompt: 'Grooming must be criminalised.',
        answer: 'true',
        explanation: 'Article 3 requires it.',
      }),
    );
    const path = join(dir, 'National module.xlsx');
    await book.xlsx.writeFile(path);
    const result = await callOk(workbench, 'packs.importQuestions', { path });
    expect(result).toMatchObject({
      ok: true,
      questions: 2,
      pack: { packId: 'sheet-national-module', version: '1.0.0' },
    });
    expect(await callOk(workbench, 'questions.list', { articles: [3] })).toEqual([
      expect.objectContaining({
        id: 'sheet-national-module.q.0003',
        type: 'true-false',
        answer: ['true'],
        packId: 'sheet-national-module',
      }),
    ]);
    expect((await callOk(workbench, 'library.stats', {})).questions).toBe(2);
    const again = await callOk(workbench, 'packs.importQuestions', { path });
    expect(again).toMatchObject({ ok: true, pack: { version: '1.0.1', previousVersion: '1.0.0' } });
    // Two imports, each a job whose worker thread compiles its TypeScript through tsx here.
  }, 120_000);

  it('warns about a spreadsheet question written with an unemphasised negative', async () => {
    const path = join(dir, 'negatives.csv');
    writeFileSync(
      path,
      toCsv([
        header,
        good,
        row({
          ...Object.fromEntries(header.map((c, i) => [c, good[i]!])),
          prompt: 'Which conduct does article 2 not cover?',
        }),
      ]),
    );
    const result = await callOk(workbench, 'packs.importQuestions', { path });
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.pack.warnings).toEqual([
        'sheet-negatives.q.0003: the question asks with "not" not in capitals.',
      ]);
  });

  it('names every bad row and column, and imports nothing', async () => {
    const csv = toCsv([
      header,
      good,
      row({
        type: 'single',
        articles: '99',
        difficulty: 'easy',
        audiences: 'police',
        prompt: 'Q',
        option_a: 'x',
        option_b: 'y',
        answer: 'c',
        explanation: 'E',
      }),
      row({
        type: 'essay',
        articles: '2',
        difficulty: 'easy',
        audiences: 'police',
        prompt: 'Q',
        answer: 'a',
        explanation: 'E',
      }),
      row({
        type: 'matching',
        articles: '2',
        difficulty: 'hard',
        audiences: 'judges',
        prompt: 'Match',
        pairs: 'Art. 2 => access; nonsense',
        explanation: 'E',
      }),
    ]);
    const result = await callOk(workbench, 'packs.importQuestions', {
      fileName: 'bad.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
    });
    if (result.ok) throw new Error('imported a bad sheet');
    expect(result.rows).toBe(4);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { row: 3, column: 'articles', message: '99 is not an article of the convention.' },
        { row: 3, column: 'answer', message: 'answer c is not one of the options' },
        expect.objectContaining({ row: 4, column: 'type' }),
        { row: 5, column: 'pairs', message: '"nonsense" is not written as left => right.' },
        expect.objectContaining({ row: 5, column: 'audiences' }),
      ]),
    );
    expect((await callOk(workbench, 'library.stats', {})).questions).toBe(0);
  });

  it('explains a sheet without the template header', async () => {
    const csv = toCsv([
      ['question', 'answer'],
      ['Q', 'a'],
    ]);
    const result = await callOk(workbench, 'packs.importQuestions', {
      fileName: 'mine.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
    });
    expect(result).toMatchObject({
      ok: false,
      problems: [{ row: 1, message: expect.stringContaining('Start from the template') }],
    });
  });
});
