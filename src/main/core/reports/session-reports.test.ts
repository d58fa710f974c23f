import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionSource } from '../../../shared/content/pack';
import { parseCsv } from '../../../shared/content/csv';
import type { AttemptView, Session } from '../../../shared/domain/sessions';
import {
  REPORT_LANGUAGES,
  reportTranslator,
  type ReportLanguage,
} from '../../../shared/i18n/report-catalogs';
import {
  buildSessionReport,
  sessionReportOptions,
  type SessionReport,
} from '../../../shared/reports/session-report';
import type { SessionResults } from '../../../shared/training/results';
import { callOk } from '../testing/fixtures';
import type { Workbench } from '../workbench';
import {
  certificateCode,
  findCertificate,
  formatCertificateCode,
  parseCertificatePayload,
  verifyCertificateCode,
} from './certificate-code';
import { certificatesHtml, eligibleParticipants, renderCertificates } from './certificates';
import type { ChromiumPrinter } from './chromium-printer';
import { renderSessionReport } from './render-session';
import { sessionCsv } from './session-csv';
import { sessionDocx } from './session-docx';
import { sessionXlsx } from './session-xlsx';
import { PARTICIPANT_COLUMNS, sessionContext } from './session-format';
import { sessionReportHtml } from './session-html';
import { PAGES_DIR, brokenWords, hasArabic, pageOf, pdfFile, renderPages } from './testing';
import { openReportTestBench, type ReportTestBench } from './testing-bench';
import { reportFontCss } from './fonts';
import { rightAnswer, wrongAnswer } from '../testing/answers';
import { SYSTEM_CHROMIUM } from './system-chromium';

const VI = 'Nguyễn Thị Hồng Nhung';
const AR = 'فاطمة الزهراء';
const ZH = '王芳';
const XSS = '<script>alert(1)</script>';
const SECRET = 'test-secret-0123456789';

let workbench: Workbench;
let bench: ReportTestBench;
let work: string;
let printer: ChromiumPrinter;
let sessionId: string;
let session: Session;
let results: SessionResults;
let quizzes: {
  pre: { id: string; title: string; questions: QuestionSource[] };
  post: { id: string; title: string; questions: QuestionSource[] };
};
const attempts: AttemptView[] = [];
const ids: Record<'vi' | 'ar' | 'zh', string> = { vi: '', ar: '', zh: '' };

function report(
  language: ReportLanguage = 'en',
  extra: Record<string, unknown> = {},
): SessionReport {
  return buildSessionReport(
    session,
    results,
    quizzes,
    attempts,
    sessionReportOptions.parse({ language, ...extra }),
    new Date('2026-12-03T09:00:00Z'),
    POLLS,
  );
}

// Quick polls as the live room's polls.list gives them.
const POLL_PROMPT = 'Which chapter matters most to your agency?';
const POLLS = [
  {
    prompt: POLL_PROMPT,
    type: 'choice' as const,
    createdAt: '2026-12-01T10:15:00.000Z',
    answers: 3,
    results: [
      { label: 'Procedural measures and law enforcement', count: 2 },
      { label: 'International cooperation', count: 1 },
    ],
  },
  {
    prompt: `One word for electronic evidence ${XSS}`,
    type: 'words' as const,
    createdAt: '2026-12-02T14:00:00.000Z',
    answers: 3,
    results: [
      { label: 'chứng cứ', count: 2 },
      { label: XSS, count: 1 },
    ],
  },
];

beforeAll(async () => {
  bench = await openReportTestBench('cw-session-reports-');
  ({ workbench, printer, work } = bench);
  for (const f of existsSync(PAGES_DIR) ? readdirSync(PAGES_DIR) : [])
    if (/^(session|certificate)-/.test(f)) rmSync(join(PAGES_DIR, f));

  await callOk(workbench, 'assessments.create', {
    country: 'VN',
    title: 'Rà soát Công ước 2026',
    date: '2026-11-20',
    assessors: ['Lê Văn Hùng'],
    organisation: 'Bộ Công an',
  });
  ({ id: sessionId } = await callOk(workbench, 'sessions.create', {
    title: 'Hội thảo khu vực về Công ước: điều tra và truy tố',
    startDate: '2026-12-01',
    endDate: '2026-12-02',
    place: 'Hà Nội',
    organiser: 'Regional Cybercrime Training Centre',
    facilitators: ['Trần Văn Minh', 'Amina Yusuf'],
    audience: `Investigators & prosecutors ${XSS}`,
    countries: ['VN', 'EG', 'CN'],
  }));
  const added = await callOk(workbench, 'sessions.addParticipants', {
    sessionId,
    participants: [
      {
        name: VI,
        organisation: 'Bộ Công an',
        country: 'VN',
        role: 'Điều tra viên',
        gender: 'female',
      },
      { name: AR, organisation: 'النيابة العامة', country: 'EG', gender: 'female' },
      { name: ZH, organisation: '公安部网络安全保卫局', country: 'CN', gender: 'undisclosed' },
    ],
  });
  for (const p of added.participants) {
    if (p.name === VI) ids.vi = p.id;
    if (p.name === AR) ids.ar = p.id;
    if (p.name === ZH) ids.zh = p.id;
  }
  await callOk(workbench, 'sessions.setAttendance', {
    sessionId,
    marks: [
      { personId: ids.vi, day: '2026-12-01', state: 'present' },
      { personId: ids.vi, day: '2026-12-02', state: 'present' },
      { personId: ids.ar, day: '2026-12-01', state: 'present' },
      { personId: ids.ar, day: '2026-12-02', state: 'partly' },
      { personId: ids.zh, day: '2026-12-01', state: 'present' },
      { personId: ids.zh, day: '2026-12-02', state: 'absent' },
    ],
  });
  const pre = await callOk(workbench, 'quizzes.get', { id: 'uncc.quiz.pre-test' });
  const post = await callOk(workbench, 'quizzes.get', { id: 'uncc.quiz.post-test' });
  quizzes = { pre, post };
  // Right answers first, then wrong: Nhung 40 → 85, Fatima 50 → 70, Wang 30 → 45.
  const plan: [string, typeof pre, number][] = [
    [ids.vi, pre, 8],
    [ids.ar, pre, 10],
    [ids.zh, pre, 6],
    [ids.vi, post, 17],
    [ids.ar, post, 14],
    [ids.zh, post, 9],
  ];
  for (const [participantId, quiz, right] of plan) {
    const { attemptId } = await callOk(workbench, 'attempts.submit', {
      sessionId,
      participantId,
      quizId: quiz.id,
      responses: quiz.questions.map((q, i) => ({
        questionId: q.id,
        answer: i < right ? rightAnswer(q) : wrongAnswer(q),
      })),
    });
    attempts.push(await callOk(workbench, 'attempts.get', { attemptId }));
  }
  session = await callOk(workbench, 'sessions.get', { id: sessionId });
  results = await callOk(workbench, 'sessions.results', { sessionId });
}, 120_000);

afterAll(() => bench?.close());

describe('session report text', () => {
  // Under vitest a missing key or value throws (report-catalogs.ts), with no English fallback.
  it('renders the report and the ineligibility reasons in every language with no missing text', async () => {
    const participantIds = session.participants.map((p) => p.id);
    // Each language's documents are kept apart from the printing folder (KEEP_REPORTS).
    const kept = join(work, 'by-language');
    mkdirSync(kept, { recursive: true });
    for (const language of REPORT_LANGUAGES) {
      const r = report(language);
      const html = sessionReportHtml(r, { fontCss: '' });
      expect(html, language).toContain(
        reportTranslator(language, 'workshop-report')('sections.polls'),
      );
      const docx = await sessionDocx(r);
      expect(sessionCsv(r).length, language).toBeGreaterThan(0);
      expect((await sessionXlsx(r)).length, language).toBeGreaterThan(0);
      const certificates = await certificatesHtml(
        {
          session,
          participantIds,
          secret: SECRET,
          language,
          issuedOn: '2026-12-02',
          organisation: 'UNODC',
        },
        { fontCss: '' },
      );
      expect(certificates, language).toContain(
        reportTranslator(language, 'certificates')('certificate.title'),
      );
      const e = eligibleParticipants(
        session,
        results,
        { minDaysAttended: 2, minPostScore: 99 },
        language,
      );
      const reasons = e.ineligible.flatMap((i) => i.reasons.map((x) => x.message));
      expect(reasons.length, language).toBeGreaterThan(0);
      writeFileSync(join(kept, `session-${language}.html`), html);
      writeFileSync(join(kept, `session-${language}.docx`), docx);
      writeFileSync(join(kept, `certificates-${language}.html`), certificates);
      writeFileSync(
        join(kept, `ineligible-${language}.txt`),
        JSON.stringify(e.ineligible, null, 1),
      );
    }
  }, 120_000);
});

describe('session report model', () => {
  it('holds attendance, results, difficult questions and every answer', () => {
    const r = report();
    expect(r.workshop).toMatchObject({ days: ['2026-12-01', '2026-12-02'], place: 'Hà Nội' });
    const byName = new Map(r.participants.map((p) => [p.name, p]));
    expect(byName.get(VI)).toMatchObject({ daysAttended: 2, pre: 40, post: 85, gain: 45 });
    expect(byName.get(AR)).toMatchObject({ daysAttended: 1.5, attendance: ['present', 'partly'] });
    expect(byName.get(ZH)).toMatchObject({ daysAttended: 1, post: 45, needHelp: true });
    expect(r.attendance.total).toMatchObject({ participants: 3, daysAttended: 4.5, everyDay: 1 });
    expect(r.attendance.byDay).toEqual([
      { day: '2026-12-01', present: 3, partly: 0, absent: 0, unmarked: 0 },
      { day: '2026-12-02', present: 1, partly: 1, absent: 1, unmarked: 0 },
    ]);
    expect(r.attendance.byCountry.map((g) => g.key).sort()).toEqual(['CN', 'EG', 'VN']);
    expect(r.attendance.byGender.find((g) => g.key === 'female')?.participants).toBe(2);
    expect(r.gain).toMatchObject({ participantsWithBoth: 3, meanGain: 26.7 });
    expect(r.charts.distribution.map((b) => [b.pre, b.post])).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
      [0, 1],
      [0, 1],
    ]);
    // 3 participants × 20 questions × 2 tests.
    expect(r.answers).toHaveLength(
      3 * (quizzes.pre.questions.length + quizzes.post.questions.length),
    );
    const wrong = r.answers.find((a) => a.quiz === 'post' && a.name === ZH && a.number === 20)!;
    expect(wrong.credit).toBe(0);
    expect(wrong.answer).not.toBe('');
    expect(wrong.correctAnswer).not.toBe('');
    // The detail shows the options in the order that participant's attempt showed them.
    const seen = attempts.find((a) => a.id === wrong.attemptId)!.optionOrder[wrong.questionId];
    expect(wrong.shownOrder).toBe((seen ?? []).join(', '));
    expect(r.difficult.length).toBeGreaterThan(0);
    expect(r.difficult[0]!.facility).toBe(0);
    expect(r.difficult[0]!.commonWrong?.count).toBe(3);
    expect(r.difficult[0]!.prompt).toBe(
      quizzes.post.questions.find((q) => q.id === r.difficult[0]!.questionId)!.prompt,
    );
    expect(r.articles.length).toBeGreaterThan(3);
    expect(r.articles.some((a) => a.checklists.some((c) => c.country === 'VN'))).toBe(true);
  });

  it('escapes every piece of user text in the HTML', () => {
    const html = sessionReportHtml(report(), { fontCss: '' });
    expect(html).not.toContain(XSS);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script/i);
  });
});

describe('session report formats', () => {
  it.skipIf(!existsSync(SYSTEM_CHROMIUM))(
    'prints the PDF with every script, the section titles and the mean gain',
    async () => {
      const steps: string[] = [];
      const pdf = await renderSessionReport(report(), 'pdf', {
        printer,
        tempDir: work,
        onProgress: (step) => steps.push(step),
      });
      expect(steps).toEqual([
        'layout',
        ...['cover', 'summary', 'attendance', 'results', 'questions', 'items', 'articles', 'polls'],
        ...['open', 'load', 'print', 'done'],
      ]);
      const { text, file, info } = pdfFile(work, pdf, 'session-en');
      const s = reportTranslator('en', 'workshop-report');
      for (const needle of [
        VI,
        ZH,
        s('reportTitle'),
        s('sections.summary'),
        s('sections.attendance'),
        s('sections.results'),
        s('sections.questions'),
        s('sections.items'),
        s('sections.articles'),
        s('sections.polls'),
        POLL_PROMPT,
        'Procedural measures and law enforcement',
        'chứng cứ',
        '+26.7',
        '85%',
      ])
        expect(text, needle).toContain(needle);
      expect(hasArabic(text, AR)).toBe(true);
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(readdirSync(work).filter((f) => f.endsWith('.html'))).toEqual([]);
      renderPages(file, 'session-en', [
        1,
        2,
        3,
        pageOf(text, s('sections.attendance')),
        pageOf(text, s('sections.results')),
        pageOf(text, s('sections.questions')),
        pageOf(text, s('sections.items')),
        pageOf(text, s('sections.articles')),
        pageOf(text, s('sections.polls')),
      ]);
    },
    180_000,
  );

  it.skipIf(!existsSync(SYSTEM_CHROMIUM))(
    'prints an Arabic report right-to-left',
    async () => {
      const pdf = await renderSessionReport(report('ar'), 'pdf', { printer, tempDir: work });
      const { text, file } = pdfFile(work, pdf, 'session-ar');
      const s = reportTranslator('ar', 'workshop-report');
      for (const words of [s('reportTitle'), s('sections.attendance'), AR])
        expect(hasArabic(text, words), words).toBe(true);
      expect(text).toContain(VI);
      renderPages(file, 'session-ar', [1, 2, 3]);
    },
    180_000,
  );

  it('writes a DOCX that holds every name', async () => {
    const docx = await renderSessionReport(report(), 'docx', { printer, tempDir: work });
    const file = join(work, 'session-en.docx');
    writeFileSync(file, docx);
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
    for (const needle of [
      VI,
      AR,
      ZH,
      reportTranslator('en', 'workshop-report')('sections.results'),
      'Hà Nội',
      reportTranslator('en', 'workshop-report')('sections.polls'),
      POLL_PROMPT,
      'International cooperation',
      'chứng cứ',
    ])
      expect(xml, needle).toContain(needle);
    expect(xml).toContain('&lt;script&gt;');
  });

  it('writes a workbook with one Answers row per participant × question', async () => {
    const steps: string[] = [];
    const buffer = await renderSessionReport(report(), 'xlsx', {
      printer,
      tempDir: work,
      onProgress: (step) => steps.push(step),
    });
    expect(steps).toEqual([
      'layout',
      ...['workshop', 'attendance', 'results', 'items', 'answers', 'polls'],
      ...['pack', 'done'],
    ]);
    writeFileSync(join(work, 'session-en.xlsx'), buffer);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    const s = reportTranslator('en', 'workshop-report');
    expect(book.worksheets.map((w) => w.name)).toEqual([
      s('sheets.workshop'),
      s('sheets.attendance'),
      s('sheets.results'),
      s('sheets.items'),
      s('sheets.answers'),
      s('sheets.polls'),
    ]);
    // The polls the live room ran: one row per option or word, with its share of the answers.
    const polls = book.getWorksheet(s('sheets.polls'))!;
    expect(polls.rowCount).toBe(1 + POLLS.reduce((n, p) => n + p.results.length, 0));
    expect((polls.getRow(2).values as unknown[]).slice(1)).toEqual([
      POLL_PROMPT,
      s('polls.choice'),
      new Date(POLLS[0]!.createdAt),
      3,
      'Procedural measures and law enforcement',
      2,
      2 / 3,
    ]);
    // A word as a participant typed it, markup and all, is kept as plain text.
    expect(polls.getRow(5).getCell(5).value).toBe(XSS);
    const answers = book.getWorksheet(s('sheets.answers'))!;
    const questions = quizzes.pre.questions.length + quizzes.post.questions.length;
    expect(answers.rowCount).toBe(1 + 3 * questions);
    expect(answers.autoFilter).toBeTruthy();
    const header = (answers.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain(s('labels.answer'));
    expect(header).toContain(s('labels.correctAnswer'));
    const names = new Set(
      (answers.getColumn(1).values as unknown[]).slice(2).map((v) => String(v)),
    );
    expect(names).toEqual(new Set([VI, AR, ZH]));
    const results = book.getWorksheet(s('sheets.results'))!;
    expect(results.rowCount).toBe(4);
    const attendance = book.getWorksheet(s('sheets.attendance'))!;
    expect(String(attendance.getRow(3).getCell(6).value)).toBe(s('attendance.partly'));
  });

  it('writes a CSV with one row per participant', async () => {
    const buffer = await renderSessionReport(report(), 'csv', { printer, tempDir: work });
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(buffer.toString('utf8').replace(/^\uFEFF/, ''));
    const ctx = sessionContext(report());
    expect(rows[0]).toEqual(PARTICIPANT_COLUMNS.map((c) => c.header(ctx)));
    expect(rows).toHaveLength(4);
    const row = rows.find((r) => r[0] === AR)!;
    expect(row).toEqual([
      'فاطمة الزهراء',
      'النيابة العامة',
      'Egypt',
      'Female',
      '1.5',
      '50',
      '70',
      '20',
      '0.4',
    ]);
    expect(rows.find((r) => r[0] === ZH)?.[4]).toBe('1');
  });
});

describe('certificates', () => {
  const criteria = { minDaysAttended: 1.5, minPostScore: 60 };

  it('makes short, unambiguous codes that verify', () => {
    const code = certificateCode(SECRET, 's1', 'p1');
    expect(code).toMatch(/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{10}$/);
    expect(certificateCode(SECRET, 's1', 'p1')).toBe(code);
    expect(certificateCode(SECRET, 's1', 'p2')).not.toBe(code);
    expect(certificateCode('other', 's1', 'p1')).not.toBe(code);
    expect(verifyCertificateCode(SECRET, 's1', 'p1', code)).toBe(true);
    expect(
      verifyCertificateCode(SECRET, 's1', 'p1', formatCertificateCode(code).toLowerCase()),
    ).toBe(true);
    expect(verifyCertificateCode(SECRET, 's1', 'p2', code)).toBe(false);
    expect(verifyCertificateCode(SECRET, 's1', 'p1', 'short')).toBe(false);
    const candidates = [
      { sessionId: 's1', participantId: 'p2' },
      { sessionId: 's1', participantId: 'p1' },
    ];
    expect(findCertificate(SECRET, code, candidates)).toEqual(candidates[1]);
    expect(findCertificate(SECRET, `CWCERT1|s1|p1|${code}`, candidates)).toEqual(candidates[1]);
    expect(findCertificate(SECRET, `CWCERT1|s1|p2|${code}`, candidates)).toBeNull();
    expect(parseCertificatePayload('hello')).toBeNull();
  });

  it('decides who qualifies and says why the others do not', () => {
    const e = eligibleParticipants(session, results, criteria);
    expect(e.eligible.map((p) => p.name).sort()).toEqual([AR, VI].sort());
    expect(e.ineligible).toHaveLength(1);
    expect(e.ineligible[0]).toMatchObject({ name: ZH, daysAttended: 1, post: 45 });
    expect(e.ineligible[0]!.reasons.map((r) => r.code)).toEqual(['attendance', 'post-score']);
    expect(e.ineligible[0]!.reasons[0]!.message).toBe('attended 1 of the 1.5 days required');
    expect(e.ineligible[0]!.reasons[1]!.message).toBe(
      'scored 45% on the post-test, below the 60% required',
    );
    expect(eligibleParticipants(session, results, {}).eligible).toHaveLength(3);
  });

  it.skipIf(!existsSync(SYSTEM_CHROMIUM))(
    'prints one landscape page per eligible participant, with name, code and QR',
    async () => {
      const html = await certificatesHtml(
        {
          session,
          participantIds: [ids.vi],
          secret: SECRET,
          language: 'en',
          issuedOn: '2026-12-02',
        },
        { fontCss: '' },
      );
      expect(html).toContain('<svg');
      expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
      const eligible = eligibleParticipants(session, results, criteria).eligible;
      const pdf = await renderCertificates(
        {
          session,
          participantIds: eligible.map((p) => p.participantId),
          secret: SECRET,
          language: 'en',
          issuedOn: '2026-12-02',
        },
        { printer, tempDir: work },
      );
      const { text, file, info } = pdfFile(work, pdf, 'certificates-en');
      expect(info).toMatch(/Pages:\s+2\b/);
      expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts/);
      const pages = text.split('\f');
      expect(pages[0]).toContain(VI);
      expect(hasArabic(pages[1]!, AR)).toBe(true);
      expect(text).not.toContain(ZH);
      for (const p of eligible) {
        const code = certificateCode(SECRET, sessionId, p.participantId);
        expect(text).toContain(formatCertificateCode(code));
        expect(verifyCertificateCode(SECRET, sessionId, p.participantId, code)).toBe(true);
      }
      expect(text.toLowerCase()).toContain('certificate of completion');
      expect(text).toContain('1 – 2 December 2026');
      expect(text).toContain('Trần Văn Minh');
      renderPages(file, 'certificate-en', [1, 2]);
    },
    120_000,
  );

  it.skipIf(!existsSync(SYSTEM_CHROMIUM))(
    'prints a single certificate in Chinese and one in Arabic',
    async () => {
      for (const [lang, id] of [
        ['zh', ids.zh],
        ['ar', ids.ar],
      ] as const) {
        const pdf = await renderCertificates(
          { session, participantIds: [id], secret: SECRET, language: lang, issuedOn: '2026-12-02' },
          { printer, tempDir: work },
        );
        const { text, file, info } = pdfFile(work, pdf, `certificate-${lang}`);
        expect(info).toMatch(/Pages:\s+1\b/);
        expect(text).toContain(formatCertificateCode(certificateCode(SECRET, sessionId, id)));
        renderPages(file, `certificate-${lang}`, [1]);
      }
    },
    120_000,
  );

  it('refuses an empty list or someone not on the register', async () => {
    const base = { session, secret: SECRET, language: 'en' as const, issuedOn: '2026-12-02' };
    await expect(
      renderCertificates({ ...base, participantIds: [] }, { printer, tempDir: work }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(
      renderCertificates({ ...base, participantIds: ['nobody'] }, { printer, tempDir: work }),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('nobody') });
  });
});

describe.skipIf(!existsSync(SYSTEM_CHROMIUM))('session report line breaks', () => {
  it(
    'breaks no word across two lines, in English, Vietnamese and Arabic',
    async () => {
      const files = (['en', 'vi', 'ar'] as const).map((language) => {
        const file = join(work, `session-words-${language}.html`);
        writeFileSync(file, sessionReportHtml(report(language), { fontCss: reportFontCss() }));
        return file;
      });
      const broken = await brokenWords(files);
      for (const file of files) expect(broken[file], file).toEqual([]);
    },
    // A browser of its own that loads every report font: minutes, not seconds, on a busy machine.
    300_000,
  );
});
