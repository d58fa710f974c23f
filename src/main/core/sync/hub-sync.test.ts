import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubTestsUnavailable } from '../../../hub/testing';
import type { FetchLike } from '../../../shared/sync/hub-client';
import type { Workbench } from '../workbench';
import { callOk } from '../testing/fixtures';
import { startHubCluster, type HubCluster } from '../testing/hub-cluster';
import { gzipFetch } from './hub-fetch';

if (hubTestsUnavailable) console.warn(`Desktop sync tests skipped: ${hubTestsUnavailable}`);

/**
 * Desktops (real cores over their own data folders and the bundled convention) syncing through
 * a real hub on a PostgreSQL cluster the test starts, over HTTP on 127.0.0.1.
 */
describe.skipIf(hubTestsUnavailable)('desktop sync through a regional hub', () => {
  let cluster: HubCluster;

  beforeAll(async () => {
    cluster = await startHubCluster({
      hanoi: 'Viet Nam MPS',
      officer: 'Regional programme',
      spare: 'Viet Nam MPS',
      flaky: 'Viet Nam MPS',
    });
  }, 120_000);
  afterAll(() => cluster?.cleanup());

  /** Each item's fields, by provision: what must be equal on two converged desktops. */
  async function values(workbench: Workbench, id: string) {
    const checklist = await callOk(workbench, 'assessments.get', { id });
    return {
      header: [checklist.country, checklist.title, checklist.date, checklist.organisation],
      items: Object.fromEntries(
        checklist.items.map((i) => [
          i.provisionId,
          [i.result, i.status, i.evidence, i.agency, i.inLaw, JSON.stringify(i.elements)],
        ]),
      ),
    };
  }

  it('two desktops edit offline, sync, meet a conflict, a person decides and both converge', async () => {
    const hanoi = await cluster.desktop('hanoi', 'Lan Nguyen');
    const officer = await cluster.desktop('officer', 'Amina Otieno');

    const { id } = await callOk(hanoi, 'assessments.create', {
      country: 'VN',
      title: 'Viet Nam 2026',
      organisation: 'MPS',
      chapters: ['II'],
    });
    const items = (await callOk(hanoi, 'assessments.get', { id })).items;
    const [p1, p2, p3] = items;
    await callOk(hanoi, 'assessments.updateItem', {
      assessmentId: id,
      itemId: p1!.id,
      result: 'partial',
    });
    await callOk(hanoi, 'assessments.updateItem', {
      assessmentId: id,
      itemId: p2!.id,
      evidence: 'Penal Code art. 289',
    });
    const first = await callOk(hanoi, 'sync.run', {});
    expect(first.pushed).toBe(6 + 2); // six header fields, two edits
    expect((await callOk(hanoi, 'sync.status', {})).unsent).toBe(0);

    // The regional programme reviews this checklist: it may write it.
    await cluster.hub.admin.grant('Regional programme', id, 'write');
    const pulled = await callOk(officer, 'sync.run', {});
    expect(pulled.pulled).toBe(8);
    expect(await values(officer, id)).toEqual(await values(hanoi, id));

    // Offline: both change p1's result; only the officer touches p3.
    await callOk(hanoi, 'assessments.updateItem', {
      assessmentId: id,
      itemId: p1!.id,
      result: 'implemented',
    });
    const officerP1 = (await callOk(officer, 'assessments.get', { id })).items.find(
      (i) => i.provisionId === p1!.provisionId,
    )!;
    const officerP3 = (await callOk(officer, 'assessments.get', { id })).items.find(
      (i) => i.provisionId === p3!.provisionId,
    )!;
    await callOk(officer, 'assessments.updateItem', {
      assessmentId: id,
      itemId: officerP1.id,
      result: 'gap',
    });
    await callOk(officer, 'assessments.updateItem', {
      assessmentId: id,
      itemId: officerP3.id,
      agency: 'Ministry of Public Security',
    });
    await callOk(hanoi, 'sync.run', {});
    await callOk(officer, 'sync.run', {});
    await callOk(hanoi, 'sync.run', {});

    for (const workbench of [hanoi, officer]) {
      const status = await callOk(workbench, 'sync.status', {});
      expect(status).toMatchObject({ conflicts: 1, unsent: 0, lastError: null });
      const checklist = await callOk(workbench, 'assessments.get', { id });
      const byProvision = new Map(checklist.items.map((i) => [i.provisionId, i]));
      // Contested: the field stays at the value both agreed on. Untouched by one side: merged.
      expect(byProvision.get(p1!.provisionId)!.result).toBe('partial');
      expect(byProvision.get(p3!.provisionId)!.agency).toBe('Ministry of Public Security');
    }
    expect(await values(officer, id)).toEqual(await values(hanoi, id));

    // Nobody edits a contested field before a person decides it.
    const refused = await hanoi.dispatch('assessments.updateItem', {
      assessmentId: id,
      itemId: p1!.id,
      result: 'gap',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const [conflict] = await callOk(hanoi, 'sync.conflicts', {});
    expect(conflict).toMatchObject({
      checklistId: id,
      checklistTitle: 'Viet Nam 2026',
      provisionId: p1!.provisionId,
      field: 'result',
      current: { value: 'partial', actor: 'Lan Nguyen' },
    });
    expect(conflict!.options.map((o) => o.value).sort()).toEqual(['gap', 'implemented']);
    const officers = conflict!.options.find((o) => o.value === 'gap')!;
    expect(officers).toMatchObject({ actor: 'Amina Otieno', organisation: 'Regional programme' });

    // Lan decides for the officer's value; the officer's desktop gets the decision on its sync.
    expect(
      await callOk(hanoi, 'sync.decide', {
        checklistId: id,
        provisionId: p1!.provisionId,
        field: 'result',
        changeId: officers.changeId,
      }),
    ).toEqual({ value: 'gap' });
    await callOk(officer, 'sync.run', {});
    await callOk(hanoi, 'sync.run', {});
    for (const workbench of [hanoi, officer]) {
      expect(await callOk(workbench, 'sync.status', {})).toMatchObject({ conflicts: 0, unsent: 0 });
      const history = await callOk(workbench, 'assessments.history', { assessmentId: id });
      const decision = history.find((h) => h.decided && h.decided > 0)!;
      expect(decision).toMatchObject({
        provisionId: p1!.provisionId,
        field: 'result',
        newValue: 'gap',
        actor: 'Lan Nguyen',
        organisation: 'Viet Nam MPS',
        decided: 2,
      });
    }
    expect(await values(officer, id)).toEqual(await values(hanoi, id));
    const decided = await values(officer, id);
    expect(decided.items[p1!.provisionId]![0]).toBe('gap');

    // The field is open again: an edit now goes through and travels.
    await callOk(officer, 'assessments.updateItem', {
      assessmentId: id,
      itemId: officerP1.id,
      result: 'implemented',
    });
    await callOk(officer, 'sync.run', {});
    await callOk(hanoi, 'sync.run', {});
    expect((await values(hanoi, id)).items[p1!.provisionId]![0]).toBe('implemented');
  }, 120_000);

  it('a revoked token gets a clear error that the status keeps', async () => {
    const spare = await cluster.desktop('spare', 'Minh Tran');
    await callOk(spare, 'assessments.create', { country: 'VN', title: 'Spare', chapters: ['I'] });
    await callOk(spare, 'sync.run', {});
    await cluster.hub.admin.revokeDevice(cluster.devices.spare!.id);
    const answer = await spare.dispatch('sync.run', {});
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED', message: expect.stringContaining('revoked') },
    });
    const status = await callOk(spare, 'sync.status', {});
    expect(status.lastError).toContain('revoked');
    expect(JSON.stringify(status)).not.toContain(cluster.devices.spare!.token);
  }, 120_000);

  it('a connection dropped mid-push resumes without losing or duplicating a change', async () => {
    let pushes = 0;
    const plain = gzipFetch();
    // The second push reaches the hub and is recorded there, but its answer never arrives.
    const dropping: FetchLike = async (url, init) => {
      const response = await plain(url, init);
      if (url.includes('/sync/push') && ++pushes === 2)
        throw new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } });
      return response;
    };
    const flaky = await cluster.desktop('flaky', 'Hoa Pham', dropping);
    const { id } = await callOk(flaky, 'assessments.create', { country: 'VN', title: 'Big' });
    const itemIds = (await callOk(flaky, 'assessments.get', { id })).items.map((i) => i.id);
    for (const text of ['a', 'b', 'c', 'd', 'e', 'f'])
      await callOk(flaky, 'assessments.bulkUpdate', {
        assessmentId: id,
        itemIds,
        fields: { evidence: `round ${text}` },
      });
    // Every edit, and the six header fields the first sync records.
    const total = (await callOk(flaky, 'sync.status', {})).unsent + 6;
    expect(total).toBeGreaterThan(1000); // more than one push batch

    const cut = await flaky.dispatch('sync.run', {});
    expect(cut).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE', message: expect.stringContaining('ECONNRESET') },
    });
    // The first batch was acknowledged; the cut one is still unsent here (but held by the hub).
    expect((await callOk(flaky, 'sync.status', {})).unsent).toBe(total - 1000);

    const resumed = await callOk(flaky, 'sync.run', {});
    expect(resumed.pushed).toBe(total - 1000);
    expect((await callOk(flaky, 'sync.status', {})).unsent).toBe(0);
    const held = await cluster.hubCount(id);
    expect(held.n).toBe(total);
    expect(held.ids).toBe(total);
    // Pulling its own changes back applies nothing twice.
    expect(
      (await values(flaky, id)).items[Object.keys((await values(flaky, id)).items)[0]!]![2],
    ).toBe('round f');
  }, 180_000);
});
