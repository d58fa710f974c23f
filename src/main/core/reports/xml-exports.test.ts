import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callOk, PROJECT_RESOURCES, tempDir } from '../testing/fixtures';
import { createWorkbench, type Workbench } from '../workbench';

/** XML 1.0's Char production, written from the spec rather than from the code under test. */
function firstNonXmlChar(xml: string): number | null {
  for (const ch of xml) {
    const c = ch.codePointAt(0)!;
    const ok =
      c === 0x9 ||
      c === 0xa ||
      c === 0xd ||
      (c >= 0x20 && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfffd) ||
      (c >= 0x10000 && c <= 0x10ffff);
    if (!ok) return c;
  }
  return null;
}

/** Every XML part of a ZIP package, unpacked by the system's unzip. */
function xmlParts(file: string): Map<string, string> {
  const names = execFileSync('unzip', ['-Z1', file]).toString('utf8').trim().split('\n');
  const parts = new Map<string, string>();
  for (const name of names.filter((n) => /\.(xml|rels)$/.test(n)))
    parts.set(
      name,
      execFileSync('unzip', ['-p', file, name.replace(/[[\]*?]/g, '\\$&')], {
        maxBuffer: 256 * 1024 * 1024,
      }).toString('utf8'),
    );
  return parts;
}

function expectWellFormed(file: string): void {
  const parts = xmlParts(file);
  expect(parts.size).toBeGreaterThan(3);
  for (const [name, xml] of parts) {
    expect(firstNonXmlChar(xml), `${name} holds a character XML 1.0 forbids`).toBeNull();
    const valid = XMLValidator.validate(xml);
    expect(valid, `${name}: ${JSON.stringify(valid)}`).toBe(true);
  }
}

const HOSTILE = [
  '\u0000',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001F',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
  '<',
  '&',
  ']]>',
  '"',
];
/** Text mixing any Unicode with the characters XML cannot hold and those it must escape. */
const anyText = fc
  .tuple(
    fc.constantFrom(...HOSTILE),
    fc.array(
      fc.oneof(
        fc.constantFrom(...HOSTILE),
        fc.string({ unit: 'binary', maxLength: 8 }),
        fc.string({ maxLength: 8 }),
      ),
      { maxLength: 8 },
    ),
  )
  .map(([hostile, pieces]) => `T${hostile}${pieces.join('')}T`.slice(0, 150));

let workbench: Workbench;
let work: string;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  const data = tempDir();
  cleanups.push(data.cleanup);
  work = data.dir;
  workbench = await createWorkbench({
    dataDir: join(data.dir, 'data'),
    resourcesDir: PROJECT_RESOURCES,
    shell: 'browser',
    appVersion: 't',
  });
});

afterAll(() => {
  workbench.close();
  cleanups.forEach((c) => c());
});

const RUNS = Number(process.env.XML_EXPORT_RUNS ?? 4);
// Each run renders two documents of the whole bundled checklist; the waiting is for work, not a deadline.
const SLOW = 600_000;

describe('DOCX and XLSX exports hold any text a user can type', () => {
  it(
    'checklist report: title, evidence, action and agency with random Unicode',
    async () => {
      await fc.assert(
        fc.asyncProperty(anyText, anyText, anyText, async (title, evidence, agency) => {
          const { id } = await callOk(workbench, 'assessments.create', {
            country: 'VN',
            title,
            date: '2026-11-20',
            assessors: [agency],
            organisation: agency,
          });
          const item = (await callOk(workbench, 'assessments.get', { id })).items[0]!;
          await callOk(workbench, 'assessments.updateItem', {
            assessmentId: id,
            itemId: item.id,
            evidence,
            action: evidence,
            agency,
          });
          for (const format of ['docx', 'xlsx'] as const) {
            const { contentBase64 } = await callOk(workbench, 'reports.renderAssessment', {
              assessmentId: id,
              format,
            });
            const file = join(work, `checklist.${format}`);
            writeFileSync(file, Buffer.from(contentBase64, 'base64'));
            expectWellFormed(file);
            if (format === 'xlsx') await new ExcelJS.Workbook().xlsx.readFile(file);
          }
        }),
        { numRuns: RUNS },
      );
    },
    SLOW,
  );

  it(
    'session report: title, participant names and organisations with random Unicode',
    async () => {
      await fc.assert(
        fc.asyncProperty(anyText, anyText, anyText, async (title, name, organisation) => {
          const { id: sessionId } = await callOk(workbench, 'sessions.create', {
            title,
            startDate: '2026-12-01',
            endDate: '2026-12-02',
            place: organisation,
            audience: name,
          });
          await callOk(workbench, 'sessions.addParticipants', {
            sessionId,
            participants: [{ name, organisation, country: 'VN' }],
          });
          for (const format of ['docx', 'xlsx'] as const) {
            const { contentBase64 } = await callOk(workbench, 'reports.renderSession', {
              sessionId,
              format,
            });
            const file = join(work, `session.${format}`);
            writeFileSync(file, Buffer.from(contentBase64, 'base64'));
            expectWellFormed(file);
            if (format === 'xlsx') await new ExcelJS.Workbook().xlsx.readFile(file);
          }
        }),
        { numRuns: RUNS },
      );
    },
    SLOW,
  );
});
