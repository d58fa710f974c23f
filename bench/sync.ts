import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { hubClient, type FetchLike } from '../src/shared/sync/hub-client';
import { SyncReplica } from '../src/shared/sync/replica';
import { syncOnce } from '../src/shared/sync/sync-loop';
import type { ChangeDraft, FieldAddress } from '../src/shared/sync/change';
import { hubTestsUnavailable, startTestHub } from '../src/hub/testing';
import { formatMs, type Figure } from './stats';

const CHECKLISTS = 40;
const CHANGES = 20_000;
const CONTESTED = 200;
const ITEM_FIELDS = ['result', 'status', 'evidence', 'action', 'agency'] as const;
const RESULTS = ['implemented', 'partial', 'gap', 'not-applicable'];
const STATUSES = ['to-do', 'in-progress', 'in-review', 'done'];

/** fetch with gzipped request bodies, counting the bytes that cross the wire each way. */
function countingFetch(): { fetch: FetchLike; sent: () => number; received: () => number } {
  let sent = 0;
  let received = 0;
  return {
    sent: () => sent,
    received: () => received,
    fetch: async (url, init) => {
      const body = init.body === undefined ? undefined : gzipSync(init.body);
      sent += body?.length ?? 0;
      const response = await fetch(url, {
        method: init.method,
        headers: body ? { ...init.headers, 'content-encoding': 'gzip' } : init.headers,
        ...(body ? { body } : {}),
      });
      received += Number(response.headers.get('content-length') ?? 0);
      return response;
    },
  };
}

function value(field: string, n: number): string {
  if (field === 'result') return RESULTS[n % RESULTS.length]!;
  if (field === 'status') return STATUSES[n % STATUSES.length]!;
  return `${field} note ${n}: Penal Code art. ${100 + (n % 300)}, decree ${n % 97}/2025 — ghi chú`;
}

/**
 * 20,000 field changes over 40 checklists from one desktop (some fields edited twice, so chains
 * of changes travel too), 200 of them contested by a second desktop's offline edits; a third
 * desktop pulls everything and resolves it.
 */
export async function syncFigures(): Promise<{ figures: Figure[]; lines: string[] }> {
  if (hubTestsUnavailable)
    return { figures: [], lines: [`sync: skipped (${hubTestsUnavailable})`] };
  const t = await startTestHub();
  try {
    await t.admin.addOrganisation('Bench');
    const token = async (name: string) => (await t.admin.addDevice('Bench', name)).token;
    const national = new SyncReplica(randomUUID);
    const rival = new SyncReplica(randomUUID);
    const contested: FieldAddress[] = [];
    const perChecklist = CHANGES / CHECKLISTS;
    for (let c = 0; c < CHECKLISTS; c++) {
      const checklistId = randomUUID();
      national.edit({
        checklistId,
        provisionId: null,
        field: 'title',
        value: `Checklist ${c}`,
        actor: 'Team',
      });
      for (let i = 1; i < perChecklist; i++) {
        // Every tenth change edits the field the previous one set: a chain, not a new field.
        const slot = i % 10 === 0 ? i - 1 : i;
        const address = {
          checklistId,
          provisionId: `uncc.art${1 + (Math.floor(slot / ITEM_FIELDS.length) % 68)}.p${Math.floor(slot / (ITEM_FIELDS.length * 68))}`,
          field: ITEM_FIELDS[slot % ITEM_FIELDS.length]!,
        };
        national.edit({ ...address, value: value(address.field, i), actor: 'Team' });
        if (contested.length < CONTESTED && c % 2 === 1 && i % 20 === 1) {
          rival.edit({ ...address, value: value(address.field, i + 1), actor: 'Rival' });
          contested.push(address);
        }
      }
    }
    const drafts: ChangeDraft[] = [...national.pending(), ...rival.pending()];

    const rivalWire = countingFetch();
    await syncOnce(rival, hubClient(t.url, await token('rival'), rivalWire.fetch));

    const pushWire = countingFetch();
    const pushClient = hubClient(t.url, await token('national'), pushWire.fetch);
    let started = performance.now();
    await syncOnce(national, {
      push: pushClient.push,
      pull: async (since) => ({ changes: [], next: since, more: false }),
    });
    const pushMs = performance.now() - started;

    const pullWire = countingFetch();
    const regional = new SyncReplica(randomUUID);
    started = performance.now();
    await syncOnce(regional, hubClient(t.url, await token('regional'), pullWire.fetch), {
      batch: 5000,
    });
    const state = new Map(regional.snapshot().map((f) => [f.key, f]));
    const pullMs = performance.now() - started;

    // What should have happened: every change on the hub and on the pulling desktop; every
    // contested field held at its initial value with both proposals waiting.
    const owner = await t.hub.owner();
    const onHub = new Set(
      (await owner.query<{ id: string }>('SELECT change_id::text AS id FROM changes')).rows.map(
        (r) => r.id,
      ),
    );
    const lost = drafts.filter((d) => !onHub.has(d.changeId) || !regional.has(d.changeId)).length;
    const contestedOnHub = await owner.query<{ change_id: string | null; n: number }>(
      'SELECT change_id, cardinality(conflict_ids) AS n FROM field_values WHERE cardinality(conflict_ids) > 0',
    );
    const wronglyApplied =
      contested.filter((address) => {
        const onDesk = state.get(
          `${address.checklistId}\u001f${address.provisionId}\u001f${address.field}`,
        );
        return !onDesk || onDesk.headId !== null || onDesk.conflictIds.length !== 2;
      }).length + Math.abs(contestedOnHub.rowCount! - contested.length);
    const hubConflicts = contestedOnHub.rows.filter(
      (r) => r.change_id !== null || r.n !== 2,
    ).length;

    // Reference: the same rows inserted raw, in one transaction, and read back in one query.
    await owner.query('CREATE TABLE bench_raw (LIKE changes INCLUDING ALL)');
    const rows = (await owner.query('SELECT * FROM changes ORDER BY hub_seq')).rows as Record<
      string,
      unknown
    >[];
    started = performance.now();
    await owner.query('BEGIN');
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      await owner.query(
        `INSERT INTO bench_raw SELECT * FROM jsonb_populate_recordset(NULL::bench_raw, $1::jsonb)`,
        [JSON.stringify(chunk)],
      );
    }
    await owner.query('COMMIT');
    const rawInsertMs = performance.now() - started;
    started = performance.now();
    await owner.query('SELECT * FROM bench_raw ORDER BY hub_seq');
    const rawSelectMs = performance.now() - started;
    await owner.end();

    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
    return {
      figures: [
        {
          name: `Hub push: ${drafts.length - contested.length} field changes over ${CHECKLISTS} checklists, batches of 1000 over HTTP`,
          value: pushMs,
          reference: rawInsertMs,
          referenceName: 'raw inserts of the same rows in one transaction',
        },
        {
          name: `Hub pull + resolve on a fresh desktop (${regional.size} changes)`,
          value: pullMs,
          reference: rawSelectMs,
          referenceName: 'one raw SELECT of the same rows',
        },
      ],
      lines: [
        `Hub bytes, gzipped: push ${kb(pushWire.sent())} up / ${kb(pushWire.received())} down; pull ${kb(pullWire.sent())} up / ${kb(pullWire.received())} down`,
        `Hub changes lost: ${lost} (target 0)  [${lost === 0 ? 'target met' : 'TARGET MISSED'}]`,
        `Hub conflicts wrongly applied: ${wronglyApplied + hubConflicts} of ${contested.length} contested fields (target 0)  [${wronglyApplied + hubConflicts === 0 ? 'target met' : 'TARGET MISSED'}]`,
        `(push throughput ${(((drafts.length - contested.length) / pushMs) * 1000).toFixed(0)} changes/s; raw ${formatMs(rawInsertMs)})`,
      ],
    };
  } finally {
    await t.cleanup();
  }
}
