import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import { fieldKey, type ChangeDraft, type SyncChange } from '../shared/sync/change';
import { resolveField } from '../shared/sync/resolve';
import type {
  ConflictList,
  DecideRequest,
  DecideResult,
  PullResponse,
  PushResult,
} from '../shared/sync/protocol';
import { HubError } from './cluster';

export interface Device {
  deviceId: string;
  device: string;
  orgId: string;
  organisation: string;
}

/** Tokens are 32 random bytes; the hub keeps only their SHA-256. */
export function newToken(): string {
  return `cwh_${randomBytes(32).toString('base64url')}`;
}
export function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/**
 * Pushes take this lock for the rest of their transaction. It does two jobs: hub sequences are
 * drawn in commit order (a row with a lower sequence is always committed before one with a
 * higher sequence becomes visible, so `since=<last seen>` never skips a row that commits
 * later), and each push recomputes its fields with every earlier push already in view. The price
 * is one push at a time per hub, measured by `npm run bench -- sync`.
 */
const PUSH_LOCK = 0x63776875; // "cwhu"

interface ChangeRow {
  hub_seq: string;
  change_id: string;
  base_change_id: string | null;
  checklist_id: string;
  provision_id: string;
  field: string;
  old_value: string | null;
  new_value: string | null;
  resolves: string[];
  actor: string;
  organisation: string;
  device: string;
  client_time: string;
  hub_time: Date;
}

const CHANGE_COLUMNS = `hub_seq, change_id, base_change_id, checklist_id, provision_id, field,
  old_value, new_value, resolves, actor, organisation, device, client_time, hub_time`;

function toChange(row: ChangeRow): SyncChange {
  return {
    changeId: row.change_id,
    baseChangeId: row.base_change_id,
    checklistId: row.checklist_id,
    provisionId: row.provision_id || null,
    field: row.field,
    oldValue: row.old_value,
    newValue: row.new_value,
    resolves: row.resolves,
    actor: row.actor,
    clientTime: row.client_time,
    organisation: row.organisation,
    device: row.device,
    hubTime: row.hub_time.toISOString(),
    hubSeq: Number(row.hub_seq),
  };
}

/** The hub's operations, each in one transaction as `device`'s organisation (RLS filters). */
export function createHubStore(pool: pg.Pool) {
  async function asOrg<T>(device: Device, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT set_config('app.org', $1, true)", [device.orgId]);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Records new changes and recomputes their fields; the caller holds the push lock. */
  async function record(
    client: pg.PoolClient,
    device: Device,
    drafts: readonly ChangeDraft[],
  ): Promise<PushResult> {
    const unique = [...new Map(drafts.map((d) => [d.changeId, d])).values()];
    const checklists = [...new Set(unique.map((d) => d.checklistId))];
    await client.query('SELECT hub_claim($1::text[])', [checklists]);
    const writable = new Set(
      (
        await client.query<{ checklist_id: string }>(
          "SELECT checklist_id FROM grants WHERE checklist_id = ANY($1::text[]) AND access = 'write'",
          [checklists],
        )
      ).rows.map((r) => r.checklist_id),
    );
    const refused = checklists.filter((c) => !writable.has(c));
    if (refused.length > 0)
      throw new HubError(
        403,
        'FORBIDDEN',
        `${device.organisation} may not change checklist ${refused.join(', ')}: ask the hub's administrator for write access.`,
      );
    const column = <K extends keyof ChangeDraft>(key: K) => unique.map((d) => d[key]);
    const inserted = await client.query<{ change_id: string; hub_seq: string }>(
      `INSERT INTO changes (hub_seq, change_id, base_change_id, checklist_id, provision_id, field,
         old_value, new_value, resolves, actor, org_id, organisation, device_id, device, client_time)
       SELECT nextval('change_seq'), c.id, c.base, c.checklist, c.provision, c.field, c.old, c.new,
         ARRAY(SELECT jsonb_array_elements_text(c.resolves)::uuid), c.actor, $11, $12, $13, $14, c.at
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[],
         $7::text[], $8::jsonb[], $9::text[], $10::text[])
         WITH ORDINALITY AS c(id, base, checklist, provision, field, old, new, resolves, actor, at, n)
       ORDER BY c.n
       ON CONFLICT (change_id) DO NOTHING
       RETURNING change_id, hub_seq`,
      [
        column('changeId'),
        column('baseChangeId'),
        column('checklistId'),
        unique.map((d) => d.provisionId ?? ''),
        column('field'),
        column('oldValue'),
        column('newValue'),
        unique.map((d) => JSON.stringify(d.resolves)),
        column('actor'),
        column('clientTime'),
        device.orgId,
        device.organisation,
        device.deviceId,
        device.device,
      ],
    );
    const fresh = new Map(inserted.rows.map((r) => [r.change_id, Number(r.hub_seq)]));
    const earlier = new Map(
      (
        await client.query<{ change_id: string; hub_seq: string }>(
          'SELECT change_id, hub_seq FROM changes WHERE change_id = ANY($1::uuid[])',
          [unique.filter((d) => !fresh.has(d.changeId)).map((d) => d.changeId)],
        )
      ).rows.map((r) => [r.change_id, Number(r.hub_seq)]),
    );
    const conflicted = await recompute(
      client,
      unique.filter((d) => fresh.has(d.changeId)),
    );
    const answered = new Set<string>();
    return {
      results: drafts.map((d) => {
        const seq = fresh.get(d.changeId);
        const repeat = answered.has(d.changeId);
        answered.add(d.changeId);
        if (seq === undefined || repeat)
          return {
            changeId: d.changeId,
            hubSeq: seq ?? earlier.get(d.changeId) ?? null,
            status: 'duplicate' as const,
          };
        return {
          changeId: d.changeId,
          hubSeq: seq,
          status: conflicted.has(d.changeId) ? ('conflict' as const) : ('applied' as const),
        };
      }),
    };
  }

  /** Resolves every field the new changes touch from its whole log; returns waiting change ids. */
  async function recompute(
    client: pg.PoolClient,
    added: readonly ChangeDraft[],
  ): Promise<Set<string>> {
    const fields = [...new Map(added.map((d) => [fieldKey(d), d])).values()];
    if (fields.length === 0) return new Set();
    const rows = (
      await client.query<ChangeRow>(
        `SELECT c.* FROM changes c
         JOIN unnest($1::text[], $2::text[], $3::text[]) AS k(checklist_id, provision_id, field)
           ON c.checklist_id = k.checklist_id AND c.provision_id = k.provision_id AND c.field = k.field`,
        [
          fields.map((f) => f.checklistId),
          fields.map((f) => f.provisionId ?? ''),
          fields.map((f) => f.field),
        ],
      )
    ).rows.map(toChange);
    const byField = new Map<string, SyncChange[]>();
    for (const change of rows) {
      const key = fieldKey(change);
      byField.set(key, [...(byField.get(key) ?? []), change]);
    }
    const waiting = new Set<string>();
    const resolved = fields.map((f) => {
      const { head, conflicts } = resolveField(byField.get(fieldKey(f)) ?? []);
      for (const c of conflicts) waiting.add(c.changeId);
      return { f, head, conflicts };
    });
    await client.query(
      `INSERT INTO field_values (checklist_id, provision_id, field, change_id, value, conflict_ids)
       SELECT k.checklist_id, k.provision_id, k.field, k.change_id, k.value,
         ARRAY(SELECT jsonb_array_elements_text(k.conflicts)::uuid)
       FROM unnest($1::text[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::jsonb[])
         AS k(checklist_id, provision_id, field, change_id, value, conflicts)
       ON CONFLICT (checklist_id, provision_id, field) DO UPDATE SET change_id = excluded.change_id,
         value = excluded.value, conflict_ids = excluded.conflict_ids, updated_at = now()`,
      [
        resolved.map((r) => r.f.checklistId),
        resolved.map((r) => r.f.provisionId ?? ''),
        resolved.map((r) => r.f.field),
        resolved.map((r) => r.head?.changeId ?? null),
        resolved.map((r) => r.head?.newValue ?? null),
        resolved.map((r) => JSON.stringify(r.conflicts.map((c) => c.changeId))),
      ],
    );
    return waiting;
  }

  return {
    async authenticate(token: string): Promise<Device | null> {
      const { rows } = await pool.query<{
        device_id: string;
        device: string;
        org_id: string;
        organisation: string;
      }>('SELECT * FROM hub_device($1)', [tokenHash(token)]);
      const row = rows[0];
      return row
        ? {
            deviceId: row.device_id,
            device: row.device,
            orgId: row.org_id,
            organisation: row.organisation,
          }
        : null;
    },

    push(device: Device, drafts: readonly ChangeDraft[]): Promise<PushResult> {
      return asOrg(device, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [PUSH_LOCK]);
        return record(client, device, drafts);
      });
    },

    /** Changes after `since` in hub order, only of checklists the organisation may read. */
    pull(device: Device, since: number, limit: number): Promise<PullResponse> {
      return asOrg(device, async (client) => {
        const { rows } = await client.query<ChangeRow>(
          `SELECT ${CHANGE_COLUMNS} FROM changes WHERE hub_seq > $1 ORDER BY hub_seq LIMIT $2`,
          [since, limit + 1],
        );
        const changes = rows.slice(0, limit).map(toChange);
        return { changes, next: changes.at(-1)?.hubSeq ?? since, more: rows.length > limit };
      });
    },

    conflicts(device: Device): Promise<ConflictList> {
      return asOrg(device, async (client) => {
        const contested = (
          await client.query<{
            checklist_id: string;
            provision_id: string;
            field: string;
            change_id: string | null;
            conflict_ids: string[];
          }>(
            `SELECT checklist_id, provision_id, field, change_id, conflict_ids FROM field_values
             WHERE cardinality(conflict_ids) > 0 ORDER BY checklist_id, provision_id, field`,
          )
        ).rows;
        const ids = contested.flatMap((c) => [
          ...c.conflict_ids,
          ...(c.change_id ? [c.change_id] : []),
        ]);
        const changes = new Map(
          (
            await client.query<ChangeRow>(
              `SELECT ${CHANGE_COLUMNS} FROM changes WHERE change_id = ANY($1::uuid[])`,
              [ids],
            )
          ).rows.map((r) => [r.change_id, toChange(r)]),
        );
        return {
          conflicts: contested.map((c) => ({
            checklistId: c.checklist_id,
            provisionId: c.provision_id || null,
            field: c.field,
            current: c.change_id ? (changes.get(c.change_id) ?? null) : null,
            competing: c.conflict_ids.map((id) => changes.get(id)!),
          })),
        };
      });
    },

    /** Records a decision only if it still answers the conflict as the hub holds it now. */
    decide(device: Device, decision: DecideRequest): Promise<DecideResult> {
      return asOrg(device, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [PUSH_LOCK]);
        const field = async () =>
          (
            await client.query<{
              change_id: string | null;
              value: string | null;
              conflict_ids: string[];
            }>(
              `SELECT change_id, value, conflict_ids FROM field_values
               WHERE checklist_id = $1 AND provision_id = $2 AND field = $3`,
              [decision.checklistId, decision.provisionId ?? '', decision.field],
            )
          ).rows[0];
        // A decision sent again (its answer was lost on the way) gets the same answer.
        const known = (
          await client.query<{ hub_seq: number }>(
            'SELECT hub_seq FROM changes WHERE change_id = $1',
            [decision.changeId],
          )
        ).rows[0];
        if (known) {
          const now = (await field())!;
          return {
            hubSeq: Number(known.hub_seq),
            field: { changeId: now.change_id, value: now.value, conflictIds: now.conflict_ids },
          };
        }
        const current = await field();
        if (!current || current.conflict_ids.length === 0)
          throw new HubError(409, 'NO_CONFLICT', 'This field has no open conflict to decide.');
        const unnamed = current.conflict_ids.filter((id) => !decision.resolves.includes(id));
        if (current.change_id !== decision.baseChangeId || unnamed.length > 0)
          throw new HubError(
            409,
            'CONFLICT_CHANGED',
            `The conflict changed since it was shown (${unnamed.length} more competing change(s)): pull and decide again.`,
          );
        const result = await record(client, device, [decision]);
        const after = (await field())!;
        return {
          hubSeq: result.results[0]!.hubSeq!,
          field: { changeId: after.change_id, value: after.value, conflictIds: after.conflict_ids },
        };
      });
    },
  };
}
export type HubStore = ReturnType<typeof createHubStore>;
