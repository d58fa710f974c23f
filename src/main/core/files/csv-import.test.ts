import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callOk, smallWorkbench } from '../testing/fixtures';
import type { Workbench } from '../workbench';

let workbench: Workbench;
let cleanup: () => void;
let sessionId: string;
beforeAll(async () => {
  ({ workbench, cleanup } = await smallWorkbench());
  ({ id: sessionId } = await callOk(workbench, 'sessions.create', {
    title: 'CSV check',
    startDate: '2026-12-01',
    endDate: '2026-12-01',
  }));
});
afterAll(() => cleanup());

const file = (bytes: Buffer) => ({
  fileName: 'register.csv',
  contentBase64: bytes.toString('base64'),
});

// Each preview and import runs in a job worker that compiles its modules through tsx.
describe('register imports from CSV as spreadsheets save it', { timeout: 120_000 }, () => {
  it("reads Excel's semicolon CSV in UTF-16 with a BOM", async () => {
    const text =
      'name;organisation;country;role;gender;email\r\nNguyễn Thị Lan;Bộ Công an, Hà Nội;VN;;female;\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const preview = await callOk(workbench, 'sessions.previewRegister', {
      sessionId,
      file: file(bytes),
    });
    expect(preview.fileProblem).toBeNull();
    expect(preview.rows.map((r) => [r.row, r.entry?.name, r.entry?.organisation])).toEqual([
      [2, 'Nguyễn Thị Lan', 'Bộ Công an, Hà Nội'],
    ]);
  });

  it('reads a Windows-1252 file', async () => {
    const bytes = Buffer.from('name,country\r\nJos\xe9 M\xfcller,FR\r\n', 'latin1');
    const preview = await callOk(workbench, 'sessions.previewRegister', {
      sessionId,
      file: file(bytes),
    });
    expect(preview.rows[0]?.entry?.name).toBe('José Müller');
  });

  it('refuses a quote left open, naming the file and row, and imports nothing', async () => {
    const bytes = Buffer.from('name,country\r\nLan,VN\r\n"Minh,VN\r\nAn,VN\r\n');
    const answer = await workbench.dispatch('sessions.importRegister', {
      sessionId,
      file: file(bytes),
    });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('VALIDATION');
    expect(answer.error.message).toMatch(/^register\.csv, row 3: a quoted cell is not closed/);
    const session = await callOk(workbench, 'sessions.get', { id: sessionId });
    expect(session.participants).toEqual([]);
  });
});
