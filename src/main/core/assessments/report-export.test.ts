import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkbench, type Workbench } from '../workbench';
import { callOk, PROJECT_RESOURCES, tempDir } from '../testing/fixtures';

// reports.exportAssessment through the real dispatch, printing PDF with the system Chromium.
let workbench: Workbench;
let out: string;
let id: string;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  const data = tempDir();
  const files = tempDir();
  cleanups.push(data.cleanup, files.cleanup);
  out = files.dir;
  workbench = await createWorkbench({
    dataDir: data.dir,
    resourcesDir: PROJECT_RESOURCES,
    shell: 'browser',
    appVersion: 't',
  });
  cleanups.unshift(() => workbench.close());
  ({ id } = await callOk(workbench, 'assessments.create', {
    country: 'VN',
    title: 'Việt Nam 2026',
    chapters: ['II'],
  }));
  const [first] = (await callOk(workbench, 'assessments.get', { id })).items;
  await callOk(workbench, 'assessments.updateItem', {
    assessmentId: id,
    itemId: first!.id,
    result: 'gap',
    agency: 'Bộ Công an',
    priority: 'high',
  });
}, 60_000);
afterAll(() => cleanups.forEach((c) => c()));

describe('reports.exportAssessment', () => {
  it.each([
    ['pdf', (b: Buffer) => b.subarray(0, 5).toString() === '%PDF-'],
    ['docx', (b: Buffer) => b.subarray(0, 2).toString() === 'PK'],
    ['xlsx', (b: Buffer) => b.subarray(0, 2).toString() === 'PK'],
    [
      'csv',
      (b: Buffer) =>
        b.toString('utf8').startsWith('\uFEFF') && b.toString('utf8').includes('Bộ Công an'),
    ],
    [
      'json',
      (b: Buffer) => JSON.parse(b.toString('utf8')).format === 'convention-workbench-checklist',
    ],
  ] as const)(
    'writes %s to the chosen absolute path',
    async (format, looksRight) => {
      const path = join(out, `report.${format}`);
      const written = await callOk(workbench, 'reports.exportAssessment', {
        assessmentId: id,
        format,
        path,
      });
      expect(written.path).toBe(path);
      const bytes = readFileSync(path);
      expect(written.bytes).toBe(bytes.length);
      expect(looksRight(bytes)).toBe(true);
    },
    60_000,
  );

  it.each([
    ['report.pdf', /absolute/],
    [join('/nonexistent-folder', 'report.pdf'), /does not exist/],
    [join('/tmp', 'report.txt'), /must end in \.pdf/],
  ])('refuses %s with a clear message', async (path, message) => {
    const answer = await workbench.dispatch('reports.exportAssessment', {
      assessmentId: id,
      format: 'pdf',
      path,
    });
    if (answer.ok) throw new Error(`wrote ${path}`);
    expect(answer.error.message).toMatch(message);
  });

  it('renders a download for the UI with a file name in the checklist language', async () => {
    const file = await callOk(workbench, 'reports.renderAssessment', {
      assessmentId: id,
      format: 'xlsx',
    });
    expect(file.fileName).toBe('VN-Việt-Nam-2026.xlsx');
    expect(Buffer.from(file.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });
});
