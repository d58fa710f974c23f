import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { hubTestsUnavailable, startTestHub, type TestHub } from '../../../hub/testing';
import { createWorkbench, type Workbench } from '../workbench';
import { callOk, PROJECT_RESOURCES, tempDir } from '../testing/fixtures';

if (hubTestsUnavailable) console.warn(`Desktop sync tests skipped: ${hubTestsUnavailable}`);

/**
 * Exchange files beside a real hub (PostgreSQL started by the test, HTTP on 127.0.0.1): the
 * same change arriving by file and by sync is held once; a checklist the hub refuses does not
 * stop the others.
 */
describe.skipIf(hubTestsUnavailable)('exchange files and refused pushes beside a hub', () => {
  let hub: TestHub;
  let files: string;
  const cleanups: (() => void)[] = [];
  const tokens: Record<string, string> = {};

  async function desktop(who: string, person: string): Promise<Workbench> {
    const data = tempDir();
    const workbench = await createWorkbench({
      dataDir: data.dir,
      resourcesDir: PROJECT_RESOURCES,
      shell: 'browser',
      appVersion: 't',
    });
    cleanups.push(() => workbench.close(), data.cleanup);
    await callOk(workbench, 'settings.update', { userName: person });
    await callOk(workbench, 'sync.configure', { hubUrl: hub.url, token: tokens[who]! });
    return workbench;
  }

  beforeAll(async () => {
    hub = await startTestHub();
    for (const org of ['Kenya ODPP', 'Regional programme']) await hub.admin.addOrganisation(org);
    for (const [who, org] of [
      ['nairobi', 'Kenya ODPP'],
      ['officer', 'Regional programme'],
    ] as const)
      tokens[who] = (await hub.admin.addDevice(org, who)).token;
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    files = dir.dir;
  }, 120_000);
  afterAll(async () => {
    cleanups.forEach((c) => c());
    await hub?.cleanup();
  });

  async function changeIds(workbench: Workbench, id: string): Promise<string[]> {
    return (await callOk(workbench, 'assessments.history', { assessmentId: id }))
      .filter((h) => h.field !== 'imported' && h.field !== 'created')
      .map((h) => h.changeId!)
      .sort();
  }

  async function hubCount(id: string): Promise<{ n: number; ids: number }> {
    const owner = await hub.hub.owner();
    try {
      const { rows } = await owner.query<{ n: string; ids: string }>(
        'SELECT count(*) AS n, count(DISTINCT change_id) AS ids FROM changes WHERE checklist_id = $1',
        [id],
      );
      return { n: Number(rows[0]!.n), ids: Number(rows[0]!.ids) };
    } finally {
      await owner.end();
    }
  }

  it('a file and a sync of the same changes do not duplicate them, in either order', async () => {
    const nairobi = await desktop('nairobi', 'Wanjiru Kamau');
    const officer = await desktop('officer', 'Amina Otieno');
    const { id } = await callOk(nairobi, 'assessments.create', {
      country: 'KE',
      title: 'Kenya 2026',
      chapters: ['II'],
    });
    const items = (await callOk(nairobi, 'assessments.get', { id })).items;
    await callOk(nairobi, 'assessments.updateItem', {
      assessmentId: id,
      itemId: items[0]!.id,
      result: 'partial',
      evidence: 'Computer Misuse Act s. 14',
    });
    // The file first (before any sync), then both machines sync.
    const file = join(files, 'kenya.cwchecklist.json');
    await callOk(nairobi, 'assessments.exportFile', { id, path: file });
    await callOk(officer, 'assessments.applyImport', { file: { path: file } });
    const sent = await callOk(nairobi, 'sync.run', {});
    expect(sent.pushed).toBe(6 + 2);
    await hub.admin.grant('Regional programme', id, 'write');
    const officerSync = await callOk(officer, 'sync.run', {});
    expect(officerSync.pulled).toBe(0); // every change was there already, by file
    expect(await hubCount(id)).toEqual({ n: 8, ids: 8 });
    expect(await changeIds(officer, id)).toEqual(await changeIds(nairobi, id));
    expect(await callOk(officer, 'sync.status', {})).toMatchObject({ unsent: 0, conflicts: 0 });

    // Now the sync first, then a file carrying the same change.
    await callOk(nairobi, 'assessments.updateItem', {
      assessmentId: id,
      itemId: items[1]!.id,
      result: 'gap',
    });
    await callOk(nairobi, 'sync.run', {});
    const second = join(files, 'kenya-2.cwchecklist.json');
    await callOk(nairobi, 'assessments.exportFile', { id, path: second });
    expect((await callOk(officer, 'sync.run', {})).pulled).toBe(1);
    const before = await callOk(officer, 'assessments.history', { assessmentId: id });
    expect(await callOk(officer, 'assessments.previewImport', { path: second })).toMatchObject({
      incoming: 0,
      conflicts: [],
    });
    await callOk(officer, 'assessments.applyImport', { file: { path: second } });
    expect(await callOk(officer, 'assessments.history', { assessmentId: id })).toEqual(before);
    expect(await hubCount(id)).toEqual({ n: 9, ids: 9 });
  }, 120_000);

  it('a checklist the hub refuses keeps its changes unsent and the others still go', async () => {
    const nairobi = await desktop('nairobi', 'Wanjiru Kamau');
    const officer = await desktop('officer', 'Amina Otieno');
    const { id: theirs } = await callOk(nairobi, 'assessments.create', {
      country: 'KE',
      title: 'Kenya review (read only for the programme)',
      chapters: ['II'],
    });
    await callOk(nairobi, 'sync.run', {});
    await hub.admin.grant('Regional programme', theirs, 'read');
    await callOk(officer, 'sync.run', {});
    const { id: own } = await callOk(officer, 'assessments.create', {
      country: 'TZ',
      title: 'Tanzania 2026',
      chapters: ['II'],
    });
    const theirItem = (await callOk(officer, 'assessments.get', { id: theirs })).items[0]!;
    const ownItem = (await callOk(officer, 'assessments.get', { id: own })).items[0]!;
    await callOk(officer, 'assessments.updateItem', {
      assessmentId: theirs,
      itemId: theirItem.id,
      result: 'gap',
    });
    await callOk(officer, 'assessments.updateItem', {
      assessmentId: own,
      itemId: ownItem.id,
      result: 'implemented',
    });

    const summary = await callOk(officer, 'sync.run', {});
    expect(summary.pushed).toBe(6 + 1); // its own checklist: header and one edit
    expect(summary.refused).toEqual([
      {
        checklistId: theirs,
        message: expect.stringContaining(`may not change checklist ${theirs}`),
      },
    ]);
    const status = await callOk(officer, 'sync.status', {});
    expect(status).toMatchObject({
      unsent: 1,
      lastError: null,
      refused: [{ checklistId: theirs, title: 'Kenya review (read only for the programme)' }],
    });
    expect(await hubCount(own)).toEqual({ n: 7, ids: 7 });
    expect((await hubCount(theirs)).n).toBe(6); // only the header its owner sent

    // Given write access, the kept change goes with the next sync and the notice clears.
    await hub.admin.grant('Regional programme', theirs, 'write');
    expect((await callOk(officer, 'sync.run', {})).pushed).toBe(1);
    expect(await callOk(officer, 'sync.status', {})).toMatchObject({ unsent: 0, refused: [] });
  }, 120_000);

  it('a checklist in the trash sends nothing and receives later; restored, it catches up', async () => {
    const nairobi = await desktop('nairobi', 'Wanjiru Kamau');
    const officer = await desktop('officer', 'Amina Otieno');
    const { id } = await callOk(nairobi, 'assessments.create', {
      country: 'KE',
      title: 'Kenya trashed',
      chapters: ['II'],
    });
    await callOk(nairobi, 'sync.run', {});
    await hub.admin.grant('Regional programme', id, 'write');
    await callOk(officer, 'sync.run', {});
    const mine = (await callOk(nairobi, 'assessments.get', { id })).items[0]!;
    await callOk(nairobi, 'assessments.updateItem', {
      assessmentId: id,
      itemId: mine.id,
      result: 'gap',
    });
    const { trashId } = await callOk(nairobi, 'assessments.delete', { id });
    const unsentBefore = (await callOk(nairobi, 'sync.status', {})).unsent;
    // Meanwhile the officer edits another item of it.
    const other = (await callOk(officer, 'assessments.get', { id })).items[1]!;
    await callOk(officer, 'assessments.updateItem', {
      assessmentId: id,
      itemId: other.id,
      evidence: 'Seen by the programme',
    });
    await callOk(officer, 'sync.run', {});

    const trashed = await callOk(nairobi, 'sync.run', {});
    expect(trashed.pushed).toBe(0);
    expect(unsentBefore).toBe(0);
    expect((await hubCount(id)).n).toBe(7); // header and the officer's edit only
    expect(await callOk(nairobi, 'sync.status', {})).toMatchObject({ held: 1, unsent: 0 });

    await callOk(nairobi, 'trash.restore', { id: trashId });
    expect((await callOk(nairobi, 'sync.status', {})).unsent).toBe(1);
    const back = await callOk(nairobi, 'sync.run', {});
    expect(back.pushed).toBe(1);
    const restored = (await callOk(nairobi, 'assessments.get', { id })).items;
    expect(restored[0]!.result).toBe('gap');
    expect(restored[1]!.evidence).toBe('Seen by the programme');
    expect(await callOk(nairobi, 'sync.status', {})).toMatchObject({ held: 0, unsent: 0 });
  }, 120_000);
});
