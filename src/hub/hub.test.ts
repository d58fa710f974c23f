import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connection } from './cluster';
import { openHub } from './hub';
import { hubClient, HubRequestError, type FetchLike } from '../shared/sync/hub-client';
import { SyncReplica } from '../shared/sync/replica';
import { syncOnce } from '../shared/sync/sync-loop';
import type { ChangeDraft, FieldAddress } from '../shared/sync/change';
import { hubTestsUnavailable, startTestHub, type TestHub } from './testing';

if (hubTestsUnavailable) console.warn(`Hub integration tests skipped: ${hubTestsUnavailable}`);

const CHECKLIST = randomUUID();
const at = (provisionId: string | null, field: string): FieldAddress => ({
  checklistId: CHECKLIST,
  provisionId,
  field,
});
const P1 = 'uncc.art7.p1';
const P2 = 'uncc.art8.p1';
const P3 = 'uncc.art41.p1';

describe.skipIf(hubTestsUnavailable)('regional hub on a real PostgreSQL', () => {
  let t: TestHub;
  const tokens: Record<string, string> = {};
  const deviceIds: Record<string, string> = {};
  const client = (who: string, url = t.url) => hubClient(url, tokens[who]!, fetch);

  beforeAll(async () => {
    t = await startTestHub();
    for (const org of ['Viet Nam MPS', 'Regional programme', 'Kenya ODPP'])
      await t.admin.addOrganisation(org);
    for (const [who, org] of [
      ['hanoi', 'Viet Nam MPS'],
      ['officer', 'Regional programme'],
      ['nairobi', 'Kenya ODPP'],
      ['spare', 'Viet Nam MPS'],
    ] as const) {
      const { id, token } = await t.admin.addDevice(org, who);
      tokens[who] = token;
      deviceIds[who] = id;
    }
  }, 120_000);
  afterAll(async () => {
    await t?.cleanup();
  });

  /** What the hub holds, in the replicas' snapshot form, read as the owner (no RLS). */
  async function hubState(checklistId: string) {
    const owner = await t.hub.owner();
    try {
      const { rows } = await owner.query<{
        provision_id: string;
        field: string;
        change_id: string | null;
        value: string | null;
        conflict_ids: string[];
      }>(
        `SELECT provision_id, field, change_id, value, conflict_ids FROM field_values
         WHERE checklist_id = $1`,
        [checklistId],
      );
      return rows
        .map((r) => ({
          key: `${checklistId}\u001f${r.provision_id}\u001f${r.field}`,
          headId: r.change_id,
          value: r.value,
          conflictIds: [...r.conflict_ids].sort(),
        }))
        .sort((a, b) => (a.key < b.key ? -1 : 1));
    } finally {
      await owner.end();
    }
  }

  it('two desktops edit offline, sync, meet a conflict, decide it and converge with the hub', async () => {
    const hanoi = new SyncReplica(randomUUID);
    const officer = new SyncReplica(randomUUID);
    hanoi.edit({ ...at(null, 'country'), value: 'VN', actor: 'Nguyen An' });
    hanoi.edit({ ...at(null, 'title'), value: 'Viet Nam 2026', actor: 'Nguyen An' });
    hanoi.edit({
      ...at(null, 'provisions'),
      value: JSON.stringify([P1, P2, P3]),
      actor: 'Nguyen An',
    });
    hanoi.edit({ ...at(P1, 'result'), value: 'gap', actor: 'Nguyen An' });
    await syncOnce(hanoi, client('hanoi'));
    // The first push claimed the checklist for Viet Nam; the programme is granted it.
    await expect(syncOnce(officer, client('officer'))).resolves.toMatchObject({ pulled: 0 });
    await t.admin.grant('Regional programme', CHECKLIST, 'write');
    await expect(syncOnce(officer, client('officer'))).resolves.toMatchObject({ pulled: 4 });

    // Offline on both sides: one field both change, fields only one side touches.
    hanoi.edit({ ...at(P1, 'result'), value: 'partial', actor: 'Nguyen An' });
    hanoi.edit({ ...at(P2, 'evidence'), value: 'Penal Code art. 289', actor: 'Nguyen An' });
    officer.edit({ ...at(P1, 'result'), value: 'implemented', actor: 'R. Officer' });
    officer.edit({ ...at(P3, 'status'), value: 'in-review', actor: 'R. Officer' });
    officer.edit({
      ...at(null, 'title'),
      value: 'Viet Nam 2026 (regional review)',
      actor: 'R. Officer',
    });
    await syncOnce(hanoi, client('hanoi'));
    const officerSync = await syncOnce(officer, client('officer'));
    expect(officerSync.conflicts).toBe(1);
    await syncOnce(hanoi, client('hanoi'));

    const contested = at(P1, 'result');
    for (const r of [hanoi, officer]) {
      expect(r.conflicts().map((c) => c.provisionId)).toEqual([P1]);
      expect(r.resolution(contested).head?.newValue).toBe('gap'); // the value both last agreed on
    }
    const { conflicts } = await client('officer').conflicts();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.competing.map((c) => c.newValue).sort()).toEqual([
      'implemented',
      'partial',
    ]);
    expect(conflicts[0]!.competing.map((c) => c.organisation).sort()).toEqual([
      'Regional programme',
      'Viet Nam MPS',
    ]);

    // A decision that does not name every competing change is refused: the conflict moved on.
    const partial = officer.resolution(contested);
    await expect(
      client('officer').decide({
        changeId: randomUUID(),
        baseChangeId: partial.head!.changeId,
        ...contested,
        oldValue: 'gap',
        newValue: 'partial',
        resolves: [partial.conflicts[0]!.changeId],
        actor: 'R. Officer',
        clientTime: new Date().toISOString(),
      }),
    ).rejects.toMatchObject({ status: 409, code: 'CONFLICT_CHANGED' });

    const decision = officer.decide({ ...contested, value: 'partial', actor: 'R. Officer' });
    const decided = await client('officer').decide(decision);
    expect(decided.field).toEqual({
      changeId: decision.changeId,
      value: 'partial',
      conflictIds: [],
    });
    // Sent again (as after a lost answer), the decision gets the same answer and changes nothing.
    await expect(client('officer').decide(decision)).resolves.toEqual(decided);
    officer.acknowledge({
      results: [{ changeId: decision.changeId, hubSeq: decided.hubSeq, status: 'applied' }],
    });
    await syncOnce(officer, client('officer'));
    await syncOnce(hanoi, client('hanoi'));

    expect(hanoi.conflicts()).toEqual([]);
    expect(officer.snapshot()).toEqual(hanoi.snapshot());
    const hub = await hubState(CHECKLIST);
    expect(hub).toEqual(hanoi.snapshot());
    expect(hub.map((f) => f.value)).toEqual([
      'VN',
      JSON.stringify([P1, P2, P3]),
      'Viet Nam 2026 (regional review)',
      'in-review', // uncc.art41.p1 sorts before uncc.art7.p1
      'partial',
      'Penal Code art. 289',
    ]);
    // Who decided what and when travels with the decision to every machine.
    const onHanoi = hanoi.resolution(contested).head!;
    expect(onHanoi).toMatchObject({
      changeId: decision.changeId,
      actor: 'R. Officer',
      organisation: 'Regional programme',
      device: 'officer',
      resolves: decision.resolves,
    });
    expect(onHanoi.hubTime).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await client('hanoi').conflicts()).conflicts).toEqual([]);
  });

  it("another organisation's device pulls nothing and its push is refused", async () => {
    const nairobi = client('nairobi');
    const all = await nairobi.pull(0, 5000);
    expect(all.changes).toEqual([]);
    expect((await nairobi.conflicts()).conflicts).toEqual([]);
    const intruder = new SyncReplica(randomUUID);
    intruder.edit({ ...at(P1, 'result'), value: 'not-applicable', actor: 'Someone' });
    await expect(nairobi.push(intruder.pending())).rejects.toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
      message: expect.stringContaining(`Kenya ODPP may not change checklist ${CHECKLIST}`),
    });
    // The database itself filters, not only the server's code: as hub_app with Kenya's
    // organisation, or with none, the log and values read as empty and inserts are refused.
    const direct = new pg.Client(connection(t.dataDir, 'hub_app'));
    await direct.connect();
    try {
      const kenya = (
        await direct.query<{ id: string }>('SELECT org_id AS id FROM hub_device($1)', [
          (await import('./store')).tokenHash(tokens.nairobi!),
        ])
      ).rows[0]!.id;
      await direct.query('BEGIN');
      await direct.query("SELECT set_config('app.org', $1, true)", [kenya]);
      expect((await direct.query('SELECT * FROM changes')).rowCount).toBe(0);
      expect((await direct.query('SELECT * FROM field_values')).rowCount).toBe(0);
      await expect(
        direct.query(
          `INSERT INTO changes (hub_seq, change_id, checklist_id, provision_id, field, actor, org_id, organisation, device_id, device, client_time)
           VALUES (nextval('change_seq'), $1, $2, '', 'title', 'x', $3, 'Kenya ODPP', $4, 'nairobi', 'now')`,
          [randomUUID(), CHECKLIST, kenya, deviceIds.nairobi],
        ),
      ).rejects.toThrow(/row-level security/);
      await direct.query('ROLLBACK');
      expect((await direct.query('SELECT * FROM changes')).rowCount).toBe(0);
      await expect(direct.query('SELECT * FROM devices')).rejects.toThrow(/permission denied/);
    } finally {
      await direct.end();
    }
  });

  it('a forged, missing or revoked token gets 401', async () => {
    const forged = hubClient(t.url, `cwh_${Buffer.alloc(32, 7).toString('base64url')}`, fetch);
    await expect(forged.pull(0, 10)).rejects.toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
    const bare = await fetch(`${t.url}/sync/pull?since=0`);
    expect(bare.status).toBe(401);
    expect(bare.headers.get('www-authenticate')).toBe('Bearer');
    await expect(client('spare').pull(0, 1)).resolves.toMatchObject({ more: true });
    await t.admin.revokeDevice(deviceIds.spare!);
    await expect(client('spare').pull(0, 1)).rejects.toBeInstanceOf(HubRequestError);
    await expect(client('spare').pull(0, 1)).rejects.toMatchObject({ status: 401 });
  });

  it('the log is append-only, even for the owner', async () => {
    const owner = await t.hub.owner();
    try {
      await expect(owner.query("UPDATE changes SET actor = 'x'")).rejects.toThrow(/append-only/);
      await expect(owner.query('DELETE FROM changes')).rejects.toThrow(/append-only/);
    } finally {
      await owner.end();
    }
  });

  it('concurrent pushes lose no change: a cursor pulling meanwhile sees every committed row', async () => {
    const checklist = randomUUID();
    await t.admin.grant('Viet Nam MPS', checklist, 'write');
    const writers = 6;
    const batches = 8;
    const perBatch = 40;
    const pushed: string[] = [];
    const seen = new Map<string, number>();
    let since = 0;
    let pushing = true;
    const reader = (async () => {
      const hanoi = client('hanoi');
      while (pushing) {
        const page = await hanoi.pull(since, 5000);
        for (const c of page.changes)
          if (c.checklistId === checklist) seen.set(c.changeId, (seen.get(c.changeId) ?? 0) + 1);
        since = page.next;
      }
    })();
    await Promise.all(
      Array.from({ length: writers }, async (_w, w) => {
        const desk = new SyncReplica(randomUUID);
        const hub = client('hanoi');
        for (let b = 0; b < batches; b++) {
          const drafts: ChangeDraft[] = [];
          for (let i = 0; i < perBatch; i++)
            drafts.push(
              desk.edit({
                checklistId: checklist,
                provisionId: `uncc.art${10 + w}.p${b * perBatch + i}`,
                field: 'evidence',
                value: `writer ${w} batch ${b} item ${i}`,
                actor: `writer ${w}`,
              }),
            );
          const result = await hub.push(drafts);
          expect(result.results.every((r) => r.status === 'applied')).toBe(true);
          pushed.push(...drafts.map((d) => d.changeId));
        }
      }),
    );
    pushing = false;
    await reader;
    const rest = await client('hanoi').pull(since, 5000);
    for (const c of rest.changes)
      if (c.checklistId === checklist) seen.set(c.changeId, (seen.get(c.changeId) ?? 0) + 1);
    expect(pushed).toHaveLength(writers * batches * perBatch);
    expect(new Set(seen.keys())).toEqual(new Set(pushed));
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  }, 60_000);

  it('gzip both ways, and a body over the cap is refused with 413', async () => {
    const desk = new SyncReplica(randomUUID);
    const drafts = Array.from({ length: 50 }, (_x, i) =>
      desk.edit({ ...at(`uncc.art20.p${i}`, 'evidence'), value: 'gzip '.repeat(40), actor: 'An' }),
    );
    const push = await fetch(`${t.url}/sync/push`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tokens.hanoi}`,
        'content-type': 'application/json',
        'content-encoding': 'gzip',
      },
      body: gzipSync(JSON.stringify({ changes: drafts })),
    });
    expect(push.status).toBe(200);
    const pull = await fetch(`${t.url}/sync/pull?since=0`, {
      headers: { authorization: `Bearer ${tokens.hanoi}`, 'accept-encoding': 'gzip' },
    });
    expect(pull.headers.get('content-encoding')).toBe('gzip');
    const big = await fetch(`${t.url}/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.hanoi}`, 'content-encoding': 'gzip' },
      body: gzipSync(Buffer.alloc(40 * 1024 * 1024, 32)),
    });
    expect(big.status).toBe(413);
    const bad = await fetch(`${t.url}/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.hanoi}` },
      body: JSON.stringify({ changes: [{ ...drafts[0], newValue: 'x', field: 'result' }] }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: 'VALIDATION', message: expect.stringContaining('item uncc.art20.p0: result') },
    });
  });

  it('the admin page needs its token, sends a strict CSP and shows status and heat map', async () => {
    const anonymous = await fetch(`${t.url}/admin`);
    expect(await anonymous.text()).toContain('Admin token');
    const wrong = await fetch(`${t.url}/admin`, { headers: { authorization: 'Bearer cwh_nope' } });
    expect(wrong.status).toBe(401);
    const token = await t.admin.newAdminToken();
    const login = await fetch(`${t.url}/admin/login`, {
      method: 'POST',
      body: new URLSearchParams({ token }),
      redirect: 'manual',
    });
    expect(login.status).toBe(303);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const page = await fetch(`${t.url}/admin`, { headers: { cookie } });
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await page.text();
    expect(html).toContain('Viet Nam 2026 (regional review)');
    expect(html).toContain('Viet Nam (VN)'); // the country's UN name from its code
    expect(html).not.toMatch(/<script/);
    // Heat map row for the checklist: chapter II (art. 7, 8) is partial, IV (art. 41) not assessed.
    expect(html).toMatch(
      /VN — Viet Nam 2026 \(regional review\)<\/th><td class="n none"><\/td><td class="n s2">50%<\/td>/,
    );
  });

  it('closing a hub waits until each pooled connection has ended, so a stopped cluster ends none', async () => {
    // A second hub over the running cluster leaves it running, so its close returns as soon
    // as its own pool is done: nothing later (a cluster stop) hides connections still open.
    const second = await openHub(t.dataDir);
    const ended: boolean[] = [];
    second.app.on('connect', (pooled) => {
      const at = ended.push(false) - 1;
      pooled.once('end', () => (ended[at] = true));
    });
    await Promise.all(Array.from({ length: 6 }, () => second.app.query('SELECT pg_sleep(0.05)')));
    expect(ended.length).toBeGreaterThan(1);
    await second.close();
    expect(ended.every(Boolean)).toBe(true);
  });

  it('killing the hub process mid-push loses no acknowledged change', async () => {
    const checklist = randomUUID();
    await t.admin.grant('Viet Nam MPS', checklist, 'write');
    const desk = new SyncReplica(randomUUID);
    for (let i = 0; i < 1200; i++)
      desk.edit({
        checklistId: checklist,
        provisionId: `uncc.art30.p${i}`,
        field: 'action',
        value: `action ${i}`,
        actor: 'An',
      });
    const acknowledged = new Set<string>();
    let cutOff: string[] = [];
    let hub = await spawnHub(t.dataDir);
    const transport = {
      push: async (drafts: ChangeDraft[]) => {
        // After two acknowledged batches, the hub is killed the moment the next request is
        // fully sent: while it validates, locks and writes that batch.
        const kill = acknowledged.size >= 400 && cutOff.length === 0;
        if (kill) cutOff = drafts.map((d) => d.changeId);
        const onSent = kill ? () => hub.child.kill('SIGKILL') : undefined;
        const result = await hubClient(hub.url, tokens.hanoi!, nodeFetch(onSent)).push(drafts);
        for (const r of result.results) acknowledged.add(r.changeId);
        return result;
      },
      pull: (since: number, limit: number) =>
        hubClient(hub.url, tokens.hanoi!, fetch).pull(since, limit),
    };
    await expect(syncOnce(desk, transport, { batch: 200 })).rejects.toThrow();
    expect(acknowledged.size).toBe(400);
    if (hub.child.exitCode === null)
      await new Promise((resolve) => hub.child.once('exit', resolve));

    const onHub = async () => {
      const counts = new Map<string, number>();
      for (let since = 0, more = true; more;) {
        const page = await hubClient(hub.url, tokens.hanoi!, fetch).pull(since, 5000);
        for (const c of page.changes)
          if (c.checklistId === checklist)
            counts.set(c.changeId, (counts.get(c.changeId) ?? 0) + 1);
        ({ next: since, more } = page);
      }
      return counts;
    };
    hub = await spawnHub(t.dataDir);
    try {
      const afterCrash = await onHub();
      for (const id of acknowledged) expect(afterCrash.has(id)).toBe(true);
      // The batch in flight is all or nothing: one transaction.
      expect([0, cutOff.length]).toContain(cutOff.filter((id) => afterCrash.has(id)).length);
      // The desktop re-sends what was not acknowledged; nothing is doubled.
      await syncOnce(desk, transport, { batch: 500 });
      const counts = await onHub();
      expect(counts.size).toBe(1200);
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
    } finally {
      hub.child.kill('SIGTERM');
    }
  }, 90_000);
});

/** fetch over node:http, calling `onSent` once the whole request has left this process. */
function nodeFetch(onSent?: () => void): FetchLike {
  return (url, init) =>
    new Promise((resolve, reject) => {
      const headers = { ...init.headers };
      delete headers['accept-encoding'];
      const req = request(url, { method: init.method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.once('error', reject);
        res.once('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            json: async () => JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
          }),
        );
      });
      req.once('error', reject);
      req.once('finish', () => onSent?.());
      req.end(init.body);
    });
}

/** The hub as its own process (the cluster, already running, is reused and left running). */
function spawnHub(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const root = join(import.meta.dirname, '..', '..');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/hub/cli.ts'), '--data-dir', dataDir, '--port', '0'],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += String(chunk);
      const match = /listening at (http:\/\/[\d.:]+)\//.exec(out);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`hub exited with ${code}: ${out}`)));
  });
}
