import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { hubTestsUnavailable } from '../../../hub/testing';
import type { Workbench } from '../workbench';
import { callOk, tempDir } from '../testing/fixtures';
import { startHubCluster, type HubCluster } from '../testing/hub-cluster';

if (hubTestsUnavailable) console.warn(`Desktop sync tests skipped: ${hubTestsUnavailable}`);

/**
 * Exchange files beside a real hub (PostgreSQL started by the test, HTTP on 127.0.0.1): the
 * same change arriving by file and by sync is held once; a checklist the hub refuses does not
 * stop the others.
 */
describe.skipIf(hubTestsUnavailable)('exchange files and refused pushes beside a hub', () => {
  let cluster: HubCluster;
  let files: { dir: string; cleanup: () => void };

  beforeAll(async () => {
    cluster = await startHubCluster({ nairobi: 'Kenya ODPP', officer: 'Regional programme' });
    files = tempDir();
  }, 120_000);
  afterAll(async () => {
    files?.cleanup();
    await cluster?.cleanup();
  });

  async function changeIds(workbench: Workbench, id: string): Promise<string[]> {
    return (await callOk(workbench, 'assessments.history', { assessmentId: id }))
      .filter((h) => h.field !== 'imported' && h.field !== 'created')
      .map((h) => h.changeId!)
      .sort();
  }

  it('a file and a sync of the same changes do not duplicate them, in either order', async () => {
    const nairobi = await cluster.desktop('nairobi', 'Wanjiru Kamau');
    const officer = await cluster.desktop('officer', 'Amina Otieno');
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
    const file = join(files.dir, 'kenya.cwchecklist.json');
    await callOk(nairobi, 'assessments.exportFile', { id, path: file });
    await callOk(officer, 'assessments.applyImport', { file: { path: file } });
    const sent = await callOk(nairobi, 'sync.run', {});
    expect(sent.pushed).toBe(6 + 2);
    await cluster.hub.admin.grant('Regional programme', id, 'write');
    const officerSync = await callOk(officer, 'sync.run', {});
    expect(officerSync.pulled).toBe(0); // every change was there already, by file
    expect(await cluster.hubCount(id)).toEqual({ n: 8, ids: 8 });
    expect(await changeIds(officer, id)).toEqual(await changeIds(nairobi, id));
    expect(await callOk(officer, 'sync.status', {})).toMatchObject({ unsent: 0, conflicts: 0 });

    // Now the sync first, then a file carrying the same change.
    await callOk(nairobi, 'assessments.updateItem', {
      assessmentId: id,
      itemId: items[1]!.id,
      result: 'gap',
    });
    await callOk(nairobi, 'sync.run', {});
    const second = join(files.dir, 'kenya-2.cwchecklist.json');
    await callOk(nairobi, 'assessments.exportFile', { id, path: second });
    expect((await callOk(officer, 'sync.run', {})).pulled).toBe(1);
    const before = await callOk(officer, 'assessments.history', { assessmentId: id });
    expect(await callOk(officer, 'assessments.previewImport', { path: second })).toMatchObject({
      incoming: 0,
      conflicts: [],
    });
    await callOk(officer, 'assessments.applyImport', { file: { path: second } });
    expect(await callOk(officer, 'assessments.history', { assessmentId: id })).toEqual(before);
    expect(await cluster.hubCount(id)).toEqual({ n: 9, ids: 9 });
  }, 120_000);

  it('a checklist the hub refuses keeps its changes unsent and the others still go', async () => {
    const nairobi = await cluster.desktop('nairobi', 'Wanjiru Kamau');
    const officer = await cluster.desktop('officer', 'Amina Otieno');
    const { id: theirs } = await callOk(nairobi, 'assessments.create', {
      country: 'KE',
      title: 'Kenya review (read only for the programme)',
      chapters: ['II'],
    });
    await callOk(nairobi, 'sync.run', {});
    await cluster.hub.admin.grant('Regional programme', theirs, 'read');
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
    expect(await cluster.hubCount(own)).toEqual({ n: 7, ids: 7 });
    expect((await cluster.hubCount(theirs)).n).toBe(6); // only the header its owner sent

    // Given write access, the kept change goes with the next sync and the notice clears.
    await cluster.hub.admin.grant('Regional programme', theirs, 'write');
    expect((await callOk(officer, 'sync.run', {})).pushed).toBe(1);
    expect(await callOk(officer, 'sync.status', {})).toMatchObject({ unsent: 0, refused: [] });
  }, 120_000);

  it('a checklist in the trash sends nothing and receives later; restored, it catches up', async () => {
    const nairobi = await cluster.desktop('nairobi', 'Wanjiru Kamau');
    const officer = await cluster.desktop('officer', 'Amina Otieno');
    const { id } = await callOk(nairobi, 'assessments.create', {
      country: 'KE',
      title: 'Kenya trashed',
      chapters: ['II'],
    });
    await callOk(nairobi, 'sync.run', {});
    await cluster.hub.admin.grant('Regional programme', id, 'write');
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
    expect((await cluster.hubCount(id)).n).toBe(7); // header and the officer's edit only
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
