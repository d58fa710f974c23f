import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/content/csv';
import {
  buildAssessmentReport,
  reportOptions,
  type AssessmentReport,
} from '../../../shared/reports/assessment-report';
import { REPORT_LANGUAGES, reportTranslator } from '../../../shared/i18n/report-catalogs';
import { articleRef, formatDate, formatPercent } from '../../../shared/reports/report-locale';
import { BACKGROUND_NICE, childProcessesWith, threadNice } from '../os/background-priority';
import { callOk } from '../testing/fixtures';
import type { Workbench } from '../workbench';
import { createChromiumPrinter, type ChromiumPrinter } from './chromium-printer';
import { csvReport } from './csv-report';
import { docxReport } from './docx-report';
import { reportFontCss } from './fonts';
import { ITEM_COLUMNS } from './report-format';
import { escapeHtml } from './html-page';
import { reportHtml } from './report-html';
import { renderAssessmentReport } from './render-report';
import { PAGES_DIR, brokenWords, hasArabic, pageOf, pdfFile, renderPages } from './testing';
import { openReportTestBench, type ReportTestBench } from './testing-bench';
import { xlsxReport } from './xlsx-report';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from './system-chromium';

const VI = 'Bộ luật Hình sự 2015, Điều 289';
const AR = 'وزارة العدل';
const ZH = '中华人民共和国刑法 第二百八十五条';
const XSS = '<script>alert(1)</script>';
/** Text only on an implemented and a partial item: never in a gaps-only report. */
const OTHER_RESULTS = ['Đã có quy định đầy đủ.', 'Ban hành nghị định hướng dẫn.'];

let workbench: Workbench;
let bench: ReportTestBench;
let work: string;
let printer: ChromiumPrinter;
let assessmentId: string;
let itemCount: number;

async function report(options: Record<string, unknown> = {}): Promise<AssessmentReport> {
  return buildAssessmentReport(
    await callOk(workbench, 'assessments.get', { id: assessmentId }),
    await callOk(workbench, 'assessments.history', { assessmentId }),
    await callOk(workbench, 'library.listChapters', {}),
    reportOptions.parse({ organisation: 'Ministry of Public Security', ...options }),
    new Date('2026-03-05T09:00:00Z'),
  );
}

function documentXml(docx: Buffer): Promise<string> {
  return JSZip.loadAsync(docx).then((zip) => zip.file('word/document.xml')!.async('string'));
}

beforeAll(async () => {
  bench = await openReportTestBench('cw-reports-');
  ({ workbench, printer, work } = bench);
  rmSync(PAGES_DIR, { recursive: true, force: true });
  await callOk(workbench, 'settings.update', { userName: 'Nguyễn Thị Lan' });
  const { id } = await callOk(workbench, 'assessments.create', {
    country: 'VN',
    title: 'Rà soát Công ước 2026',
    date: '2026-02-20',
    assessors: ['Nguyễn Thị Lan', 'Trần Văn Minh'],
    organisation: 'Bộ Công an',
  });
  assessmentId = id;
  const items = (await callOk(workbench, 'assessments.get', { id })).items;
  itemCount = items.length;
  const withElements = items.find((i) => i.provisionElements.length >= 2)!;
  const [first, second, third] = items.filter((i) => i.id !== withElements.id);
  await callOk(workbench, 'assessments.updateItem', {
    assessmentId: id,
    itemId: first!.id,
    result: 'gap',
    status: 'in-progress',
    priority: 'high',
    agency: AR,
    actionType: 'amend',
    action: `Sửa đổi ${VI} để hình sự hoá hành vi truy cập trái phép.`,
    targetDate: '2025-12-31',
    citations: [{ act: VI, section: 'Khoản 1', year: '2015', link: 'https://vbpl.vn/289' }],
    evidence: `So sánh với ${ZH}. ${XSS}`,
    inLaw: 'partly',
    inPractice: 'no',
  });
  await callOk(workbench, 'assessments.updateItem', {
    assessmentId: id,
    itemId: second!.id,
    result: 'implemented',
    status: 'done',
    citations: [{ act: ZH, section: '', year: '1997', link: '' }],
    evidence: 'Đã có quy định đầy đủ.',
  });
  await callOk(workbench, 'assessments.updateItem', {
    assessmentId: id,
    itemId: third!.id,
    result: 'partial',
    priority: 'medium',
    agency: 'Bộ Tư pháp',
    actionType: 'regulation',
    action: 'Ban hành nghị định hướng dẫn.',
    targetDate: '2027-06-30',
  });
  await callOk(workbench, 'assessments.updateItem', {
    assessmentId: id,
    itemId: withElements.id,
    result: 'partial',
    priority: 'low',
    agency: AR,
    elements: [
      { index: 0, state: 'met', nationalText: VI },
      { index: 1, state: 'not-met', nationalText: '' },
    ],
  });
  // The rest of the checklist: a realistic spread of results across the chapters.
  const rest = items.filter((i) => ![first, second, third, withElements].includes(i));
  const pick = (every: number, offset: number) =>
    rest.filter((_, n) => n % every === offset).map((i) => i.id);
  await callOk(workbench, 'assessments.bulkUpdate', {
    assessmentId: id,
    itemIds: pick(3, 0),
    fields: { result: 'implemented', status: 'done' },
  });
  await callOk(workbench, 'assessments.bulkUpdate', {
    assessmentId: id,
    itemIds: pick(5, 1),
    fields: { result: 'partial', priority: 'medium', agency: 'Bộ Công an' },
  });
  await callOk(workbench, 'assessments.bulkUpdate', {
    assessmentId: id,
    itemIds: pick(7, 2),
    fields: { result: 'gap', priority: 'high', agency: 'Bộ Tư pháp', targetDate: '2026-01-15' },
  });
  await callOk(workbench, 'assessments.bulkUpdate', {
    assessmentId: id,
    itemIds: pick(11, 4),
    fields: { result: 'not-applicable', status: 'done' },
  });
}, 60_000);

afterAll(() => bench?.close());

describe('overdue flag', () => {
  it('counts an item overdue from local midnight, not UTC midnight', async () => {
    const saved = process.env.TZ;
    process.env.TZ = 'Asia/Ho_Chi_Minh'; // UTC+7
    try {
      const assessment = await callOk(workbench, 'assessments.get', { id: assessmentId });
      const [first, ...rest] = assessment.items;
      const due = {
        ...first!,
        targetDate: '2026-12-04',
        result: 'gap' as const,
        status: 'to-do' as const,
      };
      const build = (now: string) =>
        buildAssessmentReport(
          { ...assessment, items: [due, ...rest.map((i) => ({ ...i, targetDate: null }))] },
          [],
          [],
          reportOptions.parse({ detail: 'all' }),
          new Date(now),
        );
      // 23:30 on the 4th in Hanoi: still the due day.
      expect(build('2026-12-04T16:30:00Z').totals.overdue).toBe(0);
      // 00:30 on the 5th in Hanoi, still the 4th in UTC: a day late.
      expect(build('2026-12-04T17:30:00Z').totals.overdue).toBe(1);
    } finally {
      process.env.TZ = saved;
    }
  });
});

describe('report text', () => {
  // Under vitest a missing key or value throws (report-catalogs.ts), with no English fallback.
  it('renders in every language in every format with no missing text', async () => {
    // Each language's HTML and DOCX are kept apart from the printing folder (KEEP_REPORTS).
    const kept = join(work, 'by-language');
    mkdirSync(kept, { recursive: true });
    for (const language of REPORT_LANGUAGES) {
      const r = await report({ language, detail: 'all' });
      const html = reportHtml(r, { fontCss: '' });
      expect(html, language).toContain(reportTranslator(language, 'reports')('sections.details'));
      const docx = await docxReport(r);
      const xml = (await documentXml(docx)).replace(/&apos;/g, "'").replace(/&amp;/g, '&');
      expect(xml, language).toContain(reportTranslator(language, 'reports')('sections.actionPlan'));
      expect(csvReport(r).length, language).toBeGreaterThan(0);
      expect((await xlsxReport(r)).length, language).toBeGreaterThan(0);
      writeFileSync(join(kept, `report-${language}.html`), html);
      writeFileSync(join(kept, `report-${language}.docx`), docx);
    }
  }, 120_000);

  it('throws on a key a language lacks, rather than printing the key', () => {
    const t = reportTranslator('vi', 'reports') as (key: string) => string;
    expect(() => t('summary.noSuchSentence')).toThrow(/summary\.noSuchSentence.*vi/);
  });

  it('formats dates, percentages and article references per language', () => {
    expect(formatDate('2026-03-05', 'en')).toBe('5 March 2026');
    expect(formatDate('2026-03-05', 'fr')).toBe('5 mars 2026');
    expect(formatDate('2026-03-05', 'zh')).toBe('2026年3月5日');
    expect(formatDate('2026-03-05', 'ar')).toContain('2026');
    expect(formatPercent(0.625, 'en')).toBe('63%');
    expect(formatPercent(null, 'en')).toBe('—');
    expect(articleRef(reportTranslator('en', 'reports'), 7, '1(a)')).toBe('Article 7(1)(a)');
    expect(articleRef(reportTranslator('en', 'reports'), 9, 'single paragraph')).toBe('Article 9');
    expect(articleRef(reportTranslator('en', 'reports'), 40, '10–12')).toBe('Article 40(10)–(12)');
    expect(articleRef(reportTranslator('zh', 'reports'), 7, '2')).toBe('第7条(2)');
  });
});

describe('HTML template', () => {
  it('escapes every piece of user text and carries no script', async () => {
    const html = reportHtml(await report(), { fontCss: '' });
    expect(html).not.toContain(XSS);
    expect(html).toContain(escapeHtml(XSS));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).toContain('<!doctype html>');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('size: A4');
    expect(html).toContain(VI);
    expect(html).toContain(ZH);
    expect(html).toContain(AR);
    expect(escapeHtml(`"'<&>`)).toBe('&quot;&#39;&lt;&amp;&gt;');
  });

  it('marks Arabic reports right-to-left and leaves out sections not asked for', async () => {
    const html = reportHtml(await report({ language: 'ar', sections: ['summary'] }), {
      fontCss: '',
    });
    expect(html).toMatch(/<html lang="ar" dir="rtl"/);
    expect(html).toContain(reportTranslator('ar', 'reports')('sections.summary'));
    expect(html).not.toContain(reportTranslator('ar', 'reports')('sections.details'));
    expect(html).not.toContain('class="cover"');
  });

  it('builds @font-face rules with absolute file:// URLs that exist', () => {
    const css = reportFontCss();
    const urls = [...css.matchAll(/url\("(file:[^"]+)"\)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(200);
    expect(css).toContain("font-family: 'Noto Sans Arabic'");
    expect(css).toContain("font-family: 'Noto Sans SC'");
    expect(css).toMatch(/noto-sans-vietnamese-700-normal\.woff2/);
    expect(css).not.toContain('./files/');
    for (const url of urls.filter((_, n) => n % 25 === 0))
      expect(existsSync(new URL(url)), url).toBe(true);
  });
});

describe.skipIf(!existsSync(SYSTEM_CHROMIUM))('PDF through Chromium', () => {
  it('prints a tagged A4 report with Vietnamese, Chinese and Arabic text', async () => {
    const steps: string[] = [];
    const pdf = await renderAssessmentReport(await report(), 'pdf', {
      printer,
      tempDir: work,
      onProgress: (step, current, total) => steps.push(`${step} ${current}/${total}`),
    });
    // One step per section as it is laid out, then the printer's stages.
    expect(steps).toEqual([
      'layout 0/9',
      'cover 1/9',
      'summary 2/9',
      'charts 3/9',
      'action-plan 4/9',
      'details 5/9',
      'open 6/9',
      'load 7/9',
      'print 8/9',
      'done 9/9',
    ]);
    expect(readdirSync(work).filter((f) => f.endsWith('.html'))).toEqual([]);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, file } = pdfFile(work, pdf, 'report-en');
    const t = reportTranslator('en', 'reports');
    for (const needle of [
      'Viet Nam',
      'Rà soát Công ước 2026',
      VI,
      ZH,
      t('sections.summary'),
      t('sections.charts'),
      t('sections.actionPlan'),
      t('sections.details'),
      'Page 1 of',
    ])
      expect(text, needle).toContain(needle);
    expect(hasArabic(text, AR), AR).toBe(true);
    expect(text).toContain('<script>alert(1)</script>');
    const info = execFileSync('pdfinfo', [file]).toString();
    expect(info).toMatch(/Tagged:\s+yes/);
    const [width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!.slice(1).map(Number);
    expect([Math.round(width!), Math.round(height!)]).toEqual([595, 842]); // A4
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    renderPages(file, 'en', [
      1,
      2,
      pageOf(text, t('sections.charts')),
      pageOf(text, t('sections.actionPlan')),
      pageOf(text, t('sections.details')),
    ]);
  }, 180_000);

  it('prints an Arabic report right-to-left, reusing the browser', async () => {
    const pdf = await renderAssessmentReport(await report({ language: 'ar' }), 'pdf', {
      printer,
      tempDir: work,
    });
    const { text, file } = pdfFile(work, pdf, 'report-ar');
    const t = reportTranslator('ar', 'reports');
    for (const words of [AR, t('sections.summary'), t('reportTitle'), t('sections.actionPlan')])
      expect(hasArabic(text, words), words).toBe(true);
    expect(text).toContain(VI);
    expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/Tagged:\s+yes/);
    renderPages(file, 'ar', [1, 2, 3, 4]);
  }, 180_000);

  // Printing keeps Chromium busy for seconds; at background priority it yields the CPU to the
  // thread serving the UI (background-priority.ts). Chromium itself (as root) may raise some of
  // its threads again, so the check is on the thread that started it and on its autogroup.
  it.skipIf(process.platform !== 'linux')(
    'runs the warm browser at background priority (Linux)',
    () => {
      const browsers = childProcessesWith('--remote-debugging-pipe');
      expect(browsers).toHaveLength(1);
      const pid = browsers[0]!;
      const autogroup = existsSync(`/proc/${pid}/autogroup`)
        ? readFileSync(`/proc/${pid}/autogroup`, 'utf8')
        : null;
      if (autogroup !== null) expect(autogroup.trim()).toMatch(/ nice 10$/);
      const lowered = readdirSync(`/proc/${pid}/task`).filter(
        (tid) => threadNice(pid, Number(tid)) === BACKGROUND_NICE,
      );
      expect(lowered.length).toBeGreaterThan(0);
      expect(threadNice(process.pid)).not.toBe(BACKGROUND_NICE);
    },
  );

  it('loads the bundled fonts from file:// URLs, not system fonts', async () => {
    const file = join(work, 'fonts.html');
    writeFileSync(
      file,
      reportHtml(await report({ sections: ['cover'] }), { fontCss: reportFontCss() }),
    );
    const browser = await chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.goto(`file://${file}`);
      const loaded = (await page.evaluate(
        `document.fonts.ready.then(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family + ' ' + f.weight))`,
      )) as string[];
      expect(loaded.some((f) => f.includes('Noto Sans') && !f.includes('SC'))).toBe(true);
    } finally {
      await browser.close();
      rmSync(file);
    }
  }, 60_000);

  it('says clearly when Chromium is missing', async () => {
    const missing = createChromiumPrinter('/nowhere/chromium');
    const file = join(work, 'x.html');
    writeFileSync(file, '<p>x</p>');
    await expect(missing.print(file)).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining(
        'Chromium was not found at /nowhere/chromium; PDF export needs it',
      ),
    });
    await missing.close();
  });

  it.skipIf(process.platform !== 'linux')(
    'prints again after a failed print and after its browser was killed (Linux)',
    async () => {
      const own = createChromiumPrinter();
      const before = new Set(childProcessesWith('--remote-debugging-pipe'));
      const file = join(work, 'again.html');
      writeFileSync(file, '<!doctype html><title>again</title><p>again</p>');
      const isPdf = (pdf: Buffer) => pdf.subarray(0, 5).toString() === '%PDF-';
      try {
        expect(isPdf(await own.print(file))).toBe(true);
        // Its page is kept for the next print; a print that fails must not spoil it.
        await expect(own.print(join(work, 'missing.html'))).rejects.toThrow();
        expect(isPdf(await own.print(file))).toBe(true);
        const started = childProcessesWith('--remote-debugging-pipe').filter((p) => !before.has(p));
        expect(started).toHaveLength(1);
        process.kill(started[0]!, 'SIGKILL');
        // Once the printer has seen its browser go, a print starts another.
        await expect
          .poll(() => own.print(file).then(isPdf, () => false), { timeout: 30_000 })
          .toBe(true);
      } finally {
        await own.close();
      }
    },
    60_000,
  );
});

describe('DOCX', () => {
  it('holds the same content, in Noto Sans with Chinese and Arabic fonts', async () => {
    const buffer = await renderAssessmentReport(await report(), 'docx', { printer, tempDir: work });
    writeFileSync(join(work, 'report-en.docx'), buffer);
    const xml = await documentXml(buffer);
    const t = reportTranslator('en', 'reports');
    for (const needle of [VI, ZH, AR, t('sections.summary'), t('sections.actionPlan'), 'Viet Nam'])
      expect(xml, needle).toContain(needle);
    expect(xml).toContain('&lt;script&gt;');
    expect(xml).not.toContain('<w:bidi/>');
    const styles = await JSZip.loadAsync(buffer).then((z) =>
      z.file('word/styles.xml')!.async('string'),
    );
    expect(styles).toMatch(/w:eastAsia="Noto Sans SC"/);
    expect(styles).toMatch(/w:cs="Noto Sans Arabic"/);
  });

  it('lays Arabic reports out right-to-left', async () => {
    const xml = await documentXml(await docxReport(await report({ language: 'ar' })));
    expect(xml).toContain('<w:bidi/>');
    expect(xml).toContain('<w:rtl/>');
    expect(xml).toContain('<w:bidiVisual/>');
    expect(xml).toContain(reportTranslator('ar', 'reports')('sections.summary'));
  });
});

describe('XLSX', () => {
  it('has one row per item with every column, an autofilter and a frozen header', async () => {
    const steps: string[] = [];
    const buffer = await renderAssessmentReport(await report(), 'xlsx', {
      printer,
      tempDir: work,
      onProgress: (step, current, total) => steps.push(`${step} ${current}/${total}`),
    });
    // One step per sheet as it is filled, then packing: the bar moves while the workbook grows.
    expect(steps).toEqual([
      'layout 0/5',
      'items 1/5',
      'summary 2/5',
      'action-plan 3/5',
      'pack 4/5',
      'done 5/5',
    ]);
    writeFileSync(join(work, 'report-en.xlsx'), buffer);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Items', 'Summary', 'Action plan']);
    const items = book.getWorksheet('Items')!;
    expect(items.rowCount).toBe(itemCount + 1);
    const t = reportTranslator('en', 'reports');
    const header = (items.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(ITEM_COLUMNS.map((c) => c.header(t)));
    expect(items.autoFilter).toBeTruthy();
    expect(items.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const cells: string[] = [];
    items.eachRow((row) =>
      row.eachCell((cell) => cells.push(cell.value instanceof Date ? '' : String(cell.value))),
    );
    const all = cells.join('\n');
    for (const needle of [VI, ZH, AR, XSS]) expect(all, needle).toContain(needle);
    const target = items
      .getColumn(ITEM_COLUMNS.findIndex((c) => c.key === 'targetDate') + 1)
      .values.find((v) => v instanceof Date) as Date;
    expect(target.toISOString().slice(0, 10)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const plan = book.getWorksheet('Action plan')!;
    expect(plan.rowCount).toBeGreaterThan(1);
  });

  it('shows Arabic sheets right-to-left', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await xlsxReport(await report({ language: 'ar' }))) as unknown as ArrayBuffer,
    );
    expect(book.worksheets[0]!.name).toBe(reportTranslator('ar', 'reports')('sheets.items'));
    expect(book.worksheets[0]!.views[0]).toMatchObject({ rightToLeft: true });
  });
});

describe('CSV', () => {
  it('has a BOM, a header and one row per item with the samples intact', async () => {
    const buffer = csvReport(await report());
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(buffer.toString('utf8'));
    expect(rows).toHaveLength(itemCount + 1);
    expect(rows[0]).toEqual(ITEM_COLUMNS.map((c) => c.header(reportTranslator('en', 'reports'))));
    expect(rows.every((r) => r.length === ITEM_COLUMNS.length)).toBe(true);
    const text = rows.flat().join('\n');
    for (const needle of [VI, ZH, AR, XSS]) expect(text).toContain(needle);
  });
});

describe('filters', () => {
  it('keeps only the gap items in every format and says filters were applied', async () => {
    const r = await report({ filters: { results: ['gap'] } });
    const t = reportTranslator('en', 'reports');
    expect(r.filtered).toBe(true);
    const gaps = r.items.length;
    expect(gaps).toBeGreaterThan(3);
    expect(r.items.every((i) => i.result === 'gap')).toBe(true);

    const html = reportHtml(r, { fontCss: '' });
    expect(html).toContain('Filters were applied');
    expect(html).toContain('Result: Gap');
    expect(html).not.toMatch(/class="badge r-(implemented|partial)"/);
    for (const other of OTHER_RESULTS) expect(html).not.toContain(other);

    const csv = parseCsv(csvReport(r).toString('utf8'));
    expect(csv).toHaveLength(gaps + 1);
    const resultCol = ITEM_COLUMNS.findIndex((c) => c.key === 'result');
    expect(new Set(csv.slice(1).map((row) => row[resultCol]))).toEqual(new Set([t('results.gap')]));
    for (const other of OTHER_RESULTS) expect(csv.flat().join('\n')).not.toContain(other);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsxReport(r)) as unknown as ArrayBuffer);
    const items = book.getWorksheet('Items')!;
    expect(items.rowCount).toBe(gaps + 1);
    expect(
      new Set((items.getColumn(resultCol + 1).values as unknown[]).slice(2).map((v) => String(v))),
    ).toEqual(new Set([t('results.gap')]));
    const summary: string[] = [];
    book.getWorksheet('Summary')!.eachRow((row) => summary.push(String(row.getCell(1).value)));
    expect(summary.join('\n')).toContain('Filters were applied');

    const xml = await documentXml(await docxReport(r));
    expect(xml).toContain('Filters were applied');
    for (const other of OTHER_RESULTS) expect(xml).not.toContain(other);

    if (existsSync(SYSTEM_CHROMIUM)) {
      const { text, file } = pdfFile(
        work,
        await renderAssessmentReport(r, 'pdf', { printer, tempDir: work }),
        'report-gaps',
      );
      expect(text).toContain('Filters were applied');
      for (const other of OTHER_RESULTS) expect(text).not.toContain(other);
      renderPages(file, 'gaps', [2]);
    }
  }, 120_000);
});

describe('report length and line breaks', () => {
  it('lists only the assessed items in detail by default, every provision on request', async () => {
    const byDefault = await report();
    const assessed = byDefault.items.filter((i) => i.result !== 'not-assessed').length;
    expect(assessed).toBeGreaterThan(0);
    expect(assessed).toBeLessThan(itemCount);
    const count = (html: string) => html.match(/<article class="item">/g)?.length ?? 0;
    const short = reportHtml(byDefault, { fontCss: '' });
    expect(count(short)).toBe(assessed);
    expect(short).toContain(
      escapeHtml(
        `The ${assessed} items assessed so far, of ${itemCount}; items not yet assessed are left out.`,
      ),
    );
    const full = reportHtml(await report({ detail: 'all' }), { fontCss: '' });
    expect(count(full)).toBe(itemCount);
    expect(full).not.toContain('items assessed so far');
    const docx = await documentXml(await docxReport(byDefault));
    expect(docx).toContain(`The ${assessed} items assessed so far`);
  });

  it.skipIf(!existsSync(SYSTEM_CHROMIUM))(
    'breaks no word across two lines, in English, Vietnamese and Arabic',
    async () => {
      const files: string[] = [];
      for (const language of ['en', 'vi', 'ar'] as const) {
        const file = join(work, `words-${language}.html`);
        const r = await report({ language });
        writeFileSync(file, reportHtml(r, { fontCss: reportFontCss() }));
        files.push(file);
      }
      const broken = await brokenWords(files);
      for (const file of files) expect(broken[file], file).toEqual([]);
    },
    // A browser of its own that loads every report font: minutes, not seconds, on a busy machine.
    300_000,
  );
});
