import { createHash } from 'node:crypto';
import { itemResult, type ItemResult } from '../shared/domain/assessments';
import { countryName } from '../shared/domain/countries';
import {
  chapterStats,
  completion,
  implementationScore,
  resultCounts,
} from '../shared/assessments/stats';
import { chapterOf, type Chapter } from './chapters';

export interface OverviewRow {
  checklist_id: string;
  provision_id: string;
  field: string;
  value: string | null;
  conflicts: number;
  updated_at: Date;
  organisations: string | null;
}

interface ChecklistStatus {
  id: string;
  country: string;
  title: string;
  date: string;
  organisations: string;
  items: { chapter: string; result: ItemResult }[];
  contested: number;
  updatedAt: Date;
}

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1f24;background:#fff}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0}
th,td{border:1px solid #c8ced6;padding:.3rem .6rem;text-align:left}
th{background:#eef1f5}td.d{white-space:nowrap}td.n{text-align:right;font-variant-numeric:tabular-nums}
.s0{background:#b3261e;color:#fff}.s1{background:#f1a33c}.s2{background:#f5dd6b}
.s3{background:#8cc97a}.s4{background:#2e7d32;color:#fff}.none{background:#f4f5f7;color:#555}
.warn{color:#8a1c12;font-weight:600}form{margin-top:1rem}label{display:block;margin-bottom:.4rem}
input{font:inherit;padding:.3rem;width:24rem;max-width:100%}button{font:inherit;padding:.3rem .8rem}
`;
const styleHash = createHash('sha256').update(STYLE).digest('base64');

/** No script at all, one hashed style block, forms only to this hub, no framing. */
export const PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${styleHash}'`,
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

function escape(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export function loginPage(message = ''): string {
  return page(
    'Regional hub — sign in',
    `<h1>Regional hub</h1>${message ? `<p class="warn" role="alert">${escape(message)}</p>` : ''}
<form method="post" action="/admin/login"><label for="token">Admin token (from <code>npm run hub -- admin admin-token</code>)</label>
<input id="token" name="token" type="password" autocomplete="off" required> <button type="submit">Open</button></form>`,
  );
}

function statuses(rows: readonly OverviewRow[], chapters: readonly Chapter[]): ChecklistStatus[] {
  const byChecklist = new Map<string, OverviewRow[]>();
  for (const row of rows)
    byChecklist.set(row.checklist_id, [...(byChecklist.get(row.checklist_id) ?? []), row]);
  return [...byChecklist]
    .map(([id, fields]) => {
      const header = (field: string) =>
        fields.find((f) => f.provision_id === '' && f.field === field)?.value ?? null;
      const results = new Map<string, ItemResult>();
      for (const f of fields) {
        const parsed = itemResult.safeParse(f.value);
        if (f.field === 'result' && f.provision_id && parsed.success)
          results.set(f.provision_id, parsed.data);
      }
      let provisions: string[] = [];
      try {
        provisions = JSON.parse(header('provisions') ?? '[]') as string[];
      } catch {
        // A header the hub cannot read still shows what items it has results for.
      }
      const ids = new Set([...provisions, ...results.keys()]);
      return {
        id,
        country: header('country') ?? '??',
        title: header('title') ?? '(untitled)',
        date: header('date') ?? '',
        organisations: fields[0]?.organisations ?? '',
        items: [...ids].map((p) => ({
          chapter: chapterOf(chapters, p) ?? '?',
          result: results.get(p) ?? 'not-assessed',
        })),
        contested: fields.filter((f) => f.conflicts > 0).length,
        updatedAt: new Date(Math.max(...fields.map((f) => f.updated_at.getTime()))),
      };
    })
    .sort((a, b) => a.country.localeCompare(b.country) || b.date.localeCompare(a.date));
}

const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
const band = (score: number | null) =>
  score === null ? 'none' : `s${Math.min(4, Math.floor(score * 5))}`;

/** Each country's checklists and the country × chapter heat map, from what the hub holds. */
export function overviewPage(rows: readonly OverviewRow[], chapters: readonly Chapter[]): string {
  const list = statuses(rows, chapters);
  const order = chapters.map((c) => c.number);
  const status = list
    .map((c) => {
      const counts = resultCounts(c.items);
      return `<tr><td>${escape(countryName(c.country))} (${escape(c.country)})</td><td>${escape(c.title)}</td><td class="d">${escape(c.date)}</td>
<td class="n">${c.items.length}</td><td class="n">${percent(completion(counts))}</td><td class="n">${percent(implementationScore(counts))}</td>
<td class="n${c.contested ? ' warn' : ''}">${c.contested}</td><td class="d">${escape(c.updatedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC</td><td>${escape(c.organisations)}</td></tr>`;
    })
    .join('\n');
  const heat = list
    .map((c) => {
      const stats = new Map(chapterStats(c.items, order).map((s) => [s.chapter, s]));
      const cells = order
        .map((chapter) => {
          const s = stats.get(chapter);
          return `<td class="n ${band(s?.score ?? null)}">${s ? percent(s.score) : ''}</td>`;
        })
        .join('');
      return `<tr><th scope="row">${escape(c.country)} — ${escape(c.title)}</th>${cells}</tr>`;
    })
    .join('\n');
  return page(
    'Regional hub',
    `<h1>Regional hub</h1>
<p>${list.length} checklist(s) synced. Figures come from the values the hub holds; a contested field counts at the value everyone last agreed on.</p>
<h2>Checklists</h2>
<table><thead><tr><th scope="col">Country</th><th scope="col">Checklist</th><th scope="col">Date</th><th scope="col">Items</th><th scope="col">Assessed</th><th scope="col">Implementation</th><th scope="col">Open conflicts</th><th scope="col">Last change</th><th scope="col">Organisations</th></tr></thead>
<tbody>${status || '<tr><td colspan="9">Nothing synced yet.</td></tr>'}</tbody></table>
<h2>Implementation by chapter</h2>
<table><thead><tr><th scope="col">Checklist</th>${chapters.map((c) => `<th scope="col" title="${escape(c.title)}">${escape(c.number)}</th>`).join('')}</tr></thead>
<tbody>${heat}</tbody></table>
<p>Score: implemented 1, partial ½, gap 0; not applicable and not assessed left out.</p>`,
  );
}
