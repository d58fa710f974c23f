import { execFileSync } from 'node:child_process';
import {
  closeSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodName } from '../../../shared/api/methods';
import { callOk, smallWorkbench } from '../testing/fixtures';
import type { Workbench } from '../workbench';

const MB = 1024 * 1024;
/** Generous: the gate should cost a few MB; reading a device whole would cost gigabytes. */
const RSS_BOUND = 200 * MB;

let workbench: Workbench;
let dir: string;
let sessionId: string;
let baselineRss: number;
let cleanup: () => void;
const measured: string[] = [];

const peakRss = () => process.resourceUsage().maxRSS * 1024;

beforeAll(async () => {
  ({ workbench, filesDir: dir, cleanup } = await smallWorkbench());
  ({ id: sessionId } = await callOk(workbench, 'sessions.create', {
    title: 'Hostile files',
    startDate: '2026-12-01',
    endDate: '2026-12-01',
  }));
  // Pack and spreadsheet imports run in a job worker, a thread with its own heap (and, under
  // tsx, its own compiler). One ordinary refusal per kind first, so the baseline holds what any
  // import costs and the bound measures only what a hostile file adds.
  for (const [method, fileName] of [
    ['packs.import', 'warm-up.cwpack.json'],
    ['packs.importQuestions', 'warm-up.csv'],
  ] as const) {
    const contentBase64 = Buffer.from('{}').toString('base64');
    await workbench.dispatch(method, { fileName, contentBase64 });
  }
  // The register sheet is read in a job worker too.
  await workbench.dispatch('sessions.previewRegister', {
    sessionId,
    file: { fileName: 'warm-up.csv', contentBase64: Buffer.from('{}').toString('base64') },
  });
  baselineRss = peakRss();
  // Three job workers, each compiling its modules through tsx: long on a busy machine.
}, 180_000);

afterAll(() => {
  cleanup();
  console.log(`Hostile files (time; peak RSS above the start):\n${measured.join('\n')}`);
});

/**
 * An XLSX-named ZIP with one sheet of `size` zero bytes, written by Python's zipfile in a child
 * process so building it costs this process nothing. With `understate`, the central directory
 * claims the sheet is 1 kB, as a bomb made to slip past a size check would.
 */
function zipBomb(name: string, size: number, understate = false): string {
  const file = join(dir, name);
  execFileSync('python3', [
    '-c',
    `import sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<Types/>')
    with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=False) as f:
        for _ in range(int(sys.argv[2]) // (4 << 20)):
            f.write(bytes(4 << 20))`,
    file,
    String(size),
  ]);
  if (understate) {
    const bytes = readFileSync(file);
    for (let at = bytes.length - 22; at >= 0; at--) {
      if (bytes.readUInt32LE(at) !== 0x02014b50) continue;
      if (bytes.readUInt32LE(at + 24) > MB) bytes.writeUInt32LE(1024, at + 24);
    }
    writeFileSync(file, bytes);
  }
  return file;
}

function nested(levels: number): string {
  return `${'['.repeat(levels)}${']'.repeat(levels)}`;
}

type Source = { path: string } | { fileName: string; contentBase64: string };

const IMPORTS: [string, (file: Source) => [MethodName, unknown]][] = [
  ['packs.import', (file) => ['packs.import', file]],
  ['packs.importQuestions', (file) => ['packs.importQuestions', file]],
  ['assessments.previewImport', (file) => ['assessments.previewImport', file]],
  ['sessions.previewRegister', (file) => ['sessions.previewRegister', { sessionId, file }]],
];

/** Imports through every door, timing each and checking memory; returns the messages. */
async function refusedEverywhere(label: string, file: Source, expected: RegExp): Promise<string[]> {
  const messages: string[] = [];
  for (const [name, call] of IMPORTS) {
    const started = performance.now();
    const [method, input] = call(file);
    const answer = await workbench.dispatch(method, input);
    const ms = performance.now() - started;
    const growth = peakRss() - baselineRss;
    measured.push(
      `  ${label.padEnd(34)} ${name.padEnd(26)} ${ms.toFixed(0).padStart(6)} ms  ${(growth / MB).toFixed(0).padStart(4)} MB`,
    );
    expect(answer.ok, `${label} via ${name}`).toBe(false);
    if (answer.ok) continue;
    expect(answer.error.code, `${label} via ${name}: ${answer.error.message}`).toMatch(
      /VALIDATION|NOT_FOUND/,
    );
    expect(answer.error.message, `${label} via ${name}`).toMatch(expected);
    expect(growth, `${label} via ${name}`).toBeLessThan(RSS_BOUND);
    messages.push(answer.error.message);
  }
  return messages;
}

// Imports run in job workers compiling through tsx here: slow to start on a busy machine, so the
// limit is generous; each refusal's own time is printed in the summary.
describe(
  'hostile files are refused clearly, quickly and in bounded memory',
  { timeout: 120_000 },
  () => {
    it.each([
      ['/dev/zero', /is a device/],
      ['/dev/urandom', /is a device/],
    ])('%s', async (device, expected) => {
      await refusedEverywhere(device, { path: device }, expected);
    });

    it('a FIFO with no writer does not hang the open', async () => {
      const fifo = join(dir, 'pipe.json');
      execFileSync('mkfifo', [fifo]);
      await refusedEverywhere('FIFO', { path: fifo }, /is a pipe/);
    });

    it('a folder, even one named like a file', async () => {
      const folder = join(dir, 'folder.xlsx');
      mkdirSync(folder);
      await refusedEverywhere('folder', { path: folder }, /is a folder/);
    });

    it('a symbolic link to the system account list: refused without quoting it', async () => {
      const link = join(dir, 'accounts.json');
      symlinkSync('/etc/passwd', link);
      const messages = await refusedEverywhere(
        'symlink to /etc/passwd',
        { path: link },
        /accounts/,
      );
      const lines = readFileSync('/etc/passwd', 'utf8').split('\n').filter(Boolean);
      const paths = new Set(lines.flatMap((l) => l.split(':')).filter((f) => f.includes('/')));
      for (const message of messages) {
        expect(message).not.toMatch(/:x:|root:/);
        for (const line of lines) expect(message).not.toContain(line);
        for (const path of paths) expect(message, message).not.toContain(path);
      }
      expect(messages.join('\n')).toMatch(/line 1, column 1/);
    });

    it('a 100 MB file', async () => {
      const file = join(dir, 'huge.json');
      const fd = openSync(file, 'w');
      ftruncateSync(fd, 100 * MB);
      closeSync(fd);
      await refusedEverywhere('100 MB file', { path: file }, /larger than \d+ MB/);
    });

    it('JSON nested 100,000 levels deep', async () => {
      const file = join(dir, 'deep.json');
      writeFileSync(file, nested(100_000));
      const pack = await workbench.dispatch('packs.import', { path: file });
      const checklist = await workbench.dispatch('assessments.previewImport', { path: file });
      for (const answer of [pack, checklist]) {
        expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      }
      const broken = join(dir, 'deep-broken.json');
      writeFileSync(broken, nested(100_000).slice(0, -1));
      const answer = await workbench.dispatch('packs.import', { path: broken });
      expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!answer.ok) expect(answer.error.message).toMatch(/line 1, column 200000: the text ends/);
    });

    it.each([
      ['a zip bomb whose directory tells the truth', false],
      ['a zip bomb whose directory understates its size', true],
    ])('%s', async (label, understate) => {
      const file = zipBomb(`bomb-${understate}.xlsx`, 400 * MB, understate);
      const started = performance.now();
      for (const method of ['packs.importQuestions', 'sessions.previewRegister'] as const) {
        const input =
          method === 'packs.importQuestions' ? { path: file } : { sessionId, file: { path: file } };
        const answer = await workbench.dispatch(method, input);
        expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
        if (!answer.ok) expect(answer.error.message).toMatch(/would unpack to more than 100 MB/);
      }
      const growth = peakRss() - baselineRss;
      measured.push(
        `  ${label.padEnd(60)} ${(performance.now() - started).toFixed(0).padStart(6)} ms  ${(growth / MB).toFixed(0).padStart(4)} MB`,
      );
      expect(growth).toBeLessThan(RSS_BOUND);
    });

    it('the same limits hold for bytes sent by the file picker', async () => {
      // Within the contract's 90,000,000 base64 characters, above the 64 MB a pack may be.
      const bytes = Buffer.alloc(64 * MB + 100_000, 0x20);
      const answer = await workbench.dispatch('packs.import', {
        fileName: 'big.json',
        contentBase64: bytes.toString('base64'),
      });
      expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!answer.ok) expect(answer.error.message).toMatch(/larger than 64 MB/);
    });
  },
);
