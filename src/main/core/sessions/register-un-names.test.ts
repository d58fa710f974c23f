import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkbench, DATABASE_FILE_NAME, type Workbench } from '../workbench';
import { callOk, PROJECT_RESOURCES, tempDir } from '../testing/fixtures';

// Through the real import path (sheet → preview → import) into a real SQLite file: the UN's names
// and the names people write are accepted, and the code is what lands in the database.
let workbench: Workbench;
let dataDir: string;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  const data = tempDir();
  cleanups.push(data.cleanup);
  dataDir = data.dir;
  workbench = await createWorkbench({
    dataDir,
    resourcesDir: PROJECT_RESOURCES,
    shell: 'browser',
    appVersion: 't',
  });
  cleanups.unshift(() => workbench.close());
});
afterAll(() => cleanups.forEach((c) => c()));

const sheet = (rows: string[][]) => ({
  fileName: 'register.csv',
  contentBase64: Buffer.from(rows.map((r) => r.join(',')).join('\r\n')).toString('base64'),
});

// The preview and the import each run in a job worker that compiles its modules through tsx.
describe('register rows with UN country names', { timeout: 120_000 }, () => {
  it('accepts "Viet Nam" and the other names, stores the codes, and sorts by alphabet', async () => {
    const { id: sessionId } = await callOk(workbench, 'sessions.create', {
      title: 'Hanoi workshop',
      startDate: '2026-12-01',
      endDate: '2026-12-02',
      language: 'vi',
    });
    const file = sheet([
      ['name', 'organisation', 'country'],
      ['Wanjiru Kamau', 'ODPP', 'Kenya'],
      ['Đỗ Thu Hà', 'Bộ Công an', 'Viet Nam'],
      ['Lee Min-jun', 'KNPA', 'Republic of Korea'],
      ['Olga Petrova', 'MVD', 'Российская Федерация'],
      ['Ayşe Demir', 'EGM', 'turkiye'],
      ['Koffi Yao', 'PLCC', 'Cote d’Ivoire'],
      ['Nowhere Man', 'X', 'Atlantis'],
    ]);
    const preview = await callOk(workbench, 'sessions.previewRegister', { sessionId, file });
    expect(preview.rows.map((r) => r.entry?.country ?? r.problems[0]?.message)).toEqual([
      'KE',
      'VN',
      'KR',
      'RU',
      'TR',
      'CI',
      '"Atlantis" is not a country name or ISO code.',
    ]);
    const imported = await callOk(workbench, 'sessions.importRegister', { sessionId, file });
    expect(imported).toMatchObject({ added: 6, skipped: [8] });

    const session = await callOk(workbench, 'sessions.get', { id: sessionId });
    expect(session.participants.map((p) => [p.name, p.countryName])).toEqual([
      ['Ayşe Demir', 'Türkiye'],
      ['Đỗ Thu Hà', 'Viet Nam'],
      ['Koffi Yao', "Côte d'Ivoire"],
      ['Lee Min-jun', 'Republic of Korea'],
      ['Olga Petrova', 'Russian Federation'],
      ['Wanjiru Kamau', 'Kenya'],
    ]);

    const db = new Database(join(dataDir, DATABASE_FILE_NAME), { readonly: true });
    try {
      const stored = db
        .prepare<[], { country: string }>("SELECT country FROM people WHERE name = 'Đỗ Thu Hà'")
        .get();
      expect(stored).toEqual({ country: 'VN' });
    } finally {
      db.close();
    }
  });

  it('recognises a known person whose name is written without its accents or Đ', async () => {
    const { id: sessionId } = await callOk(workbench, 'sessions.create', {
      title: 'Second workshop',
      startDate: '2026-12-03',
      endDate: '2026-12-03',
    });
    const file = sheet([
      ['name', 'organisation', 'country'],
      ['Do Thu Ha', 'Bo Cong an', 'Vietnam'],
    ]);
    const preview = await callOk(workbench, 'sessions.previewRegister', { sessionId, file });
    expect(preview.rows[0]!.entry?.country).toBe('VN');
    expect(preview.rows[0]!.matchesPersonId).not.toBeNull();
  });
});
