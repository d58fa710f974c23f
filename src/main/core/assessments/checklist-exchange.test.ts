import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkbench, type Workbench } from '../workbench';
import { callOk, PROJECT_RESOURCES, tempDir } from '../testing/fixtures';

// Two machines: a national team and its regional coordinator, each with its own database.
let team: Workbench;
let coordinator: Workbench;
let files: string;
const cleanups: (() => void)[] = [];

async function machine(user: string): Promise<Workbench> {
  const data = tempDir();
  cleanups.push(data.cleanup);
  const workbench = await createWorkbench({
    dataDir: data.dir,
    resourcesDir: PROJECT_RESOURCES,
    shell: 'browser',
    appVersion: 't',
  });
  cleanups.unshift(() => workbench.close());
  await callOk(workbench, 'settings.update', { userName: user, organisation: 'Test' });
  return workbench;
}

beforeAll(async () => {
  team = await machine('Amina (Ministry of Justice)');
  coordinator = await machine('Regional coordinator');
  const dir = tempDir();
  cleanups.push(dir.cleanup);
  files = dir.dir;
});
afterAll(() => cleanups.forEach((c) => c()));

describe('exchanging checklists between machines', () => {
  let id: string;
  let file: string;

  it('exports a checklist as one file that another machine imports whole, with provenance', async () => {
    ({ id } = await callOk(team, 'assessments.create', {
      country: 'KE',
      title: 'Kenya 2026',
      chapters: ['II'],
    }));
    const items = (await callOk(team, 'assessments.get', { id })).items;
    await callOk(team, 'assessments.updateItem', {
      assessmentId: id,
      itemId: items[0]!.id,
      result: 'implemented',
      citations: [
        { act: 'Computer Misuse and Cybercrimes Act', section: 's. 14', year: '2018', link: '' },
      ],
    });
    await callOk(team, 'assessments.updateItem', {
      assessmentId: id,
      itemId: items[1]!.id,
      result: 'gap',
      priority: 'high',
      agency: 'Office of the Attorney General',
    });
    file = join(files, 'kenya.cwchecklist.json');
    expect(await callOk(team, 'assessments.exportFile', { id, path: file })).toMatchObject({
      path: file,
      bytes: expect.any(Number),
    });

    const preview = await callOk(coordinator, 'assessments.previewImport', { path: file });
    expect(preview).toMatchObject({
      kind: 'new',
      country: 'KE',
      countryName: 'Kenya',
      items: items.length,
      conflicts: [],
      exportedBy: { name: 'Amina (Ministry of Justice)' },
    });
    // Version 2: every change travels with its id and base.
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written.formatVersion).toBe(2);
    expect(written.changes.length).toBeGreaterThanOrEqual(6 + 5);
    expect(
      await callOk(coordinator, 'assessments.applyImport', { file: { path: file } }),
    ).toMatchObject({ assessmentId: id, applied: 2 });
    const received = await callOk(coordinator, 'assessments.get', { id });
    expect(received.items.slice(0, 2).map((i) => [i.result, i.priority])).toEqual([
      ['implemented', null],
      ['gap', 'high'],
    ]);
    const history = await callOk(coordinator, 'assessments.history', { assessmentId: id });
    expect(history.find((h) => h.field === 'imported')?.newValue).toContain(
      'Amina (Ministry of Justice)',
    );
    // The same changes on both machines: same ids, same people, arrived by file.
    const sent = await callOk(team, 'assessments.history', { assessmentId: id });
    const travelled = (h: { field: string; changeId?: string | undefined }[]) =>
      h
        .filter((e) => e.field === 'result' || e.field === 'agency')
        .map((e) => e.changeId)
        .sort();
    expect(travelled(history)).toEqual(travelled(sent));
    expect(history.find((h) => h.field === 'result')).toMatchObject({
      actor: 'Amina (Ministry of Justice)',
      origin: 'file',
    });
  });

  it('shows items both sides changed as conflicts, takes the rest, and applies only after a decision', async () => {
    const teamItems = (await callOk(team, 'assessments.get', { id })).items;
    const coordItems = (await callOk(coordinator, 'assessments.get', { id })).items;
    await callOk(team, 'assessments.updateItem', {
      assessmentId: id,
      itemId: teamItems[1]!.id,
      result: 'partial',
      evidence: 'Draft bill tabled in 2026.',
    });
    await callOk(team, 'assessments.updateItem', {
      assessmentId: id,
      itemId: teamItems[2]!.id,
      result: 'implemented',
    });
    await callOk(coordinator, 'assessments.updateItem', {
      assessmentId: id,
      itemId: coordItems[1]!.id,
      evidence: 'Coordinator: bill not yet tabled.',
    });
    const second = join(files, 'kenya-2.cwchecklist.json');
    await callOk(team, 'assessments.exportFile', { id, path: second });

    const preview = await callOk(coordinator, 'assessments.previewImport', { path: second });
    expect(preview.kind).toBe('merge');
    expect(preview.incoming).toBe(1);
    expect(preview.conflicts).toHaveLength(1);
    // Field by field, as a sync: only the evidence was changed on both sides of one value;
    // the result only the team changed (on top of the value both hold), so it merges itself.
    expect(preview.conflicts[0]).toMatchObject({
      provisionId: coordItems[1]!.provisionId,
      localUpdatedBy: 'Regional coordinator',
      incomingUpdatedBy: 'Amina (Ministry of Justice)',
      fields: [
        {
          field: 'evidence',
          local: 'Coordinator: bill not yet tabled.',
          incoming: 'Draft bill tabled in 2026.',
        },
      ],
    });
    const historyBefore = (await callOk(coordinator, 'assessments.history', { assessmentId: id }))
      .length;

    const undecided = await coordinator.dispatch('assessments.applyImport', {
      file: { path: second },
    });
    expect(undecided).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: expect.stringContaining('Decide the 1 conflicting item'),
      },
    });
    expect((await callOk(coordinator, 'assessments.get', { id })).items[2]!.result).toBe(
      'not-assessed',
    );
    expect((await callOk(coordinator, 'assessments.history', { assessmentId: id })).length).toBe(
      historyBefore,
    );

    const applied = await callOk(coordinator, 'assessments.applyImport', {
      file: { path: second },
      decisions: { [coordItems[1]!.provisionId]: 'local' },
    });
    expect(applied.applied).toBe(1);
    const merged = (await callOk(coordinator, 'assessments.get', { id })).items;
    expect(merged[1]).toMatchObject({
      result: 'partial',
      evidence: 'Coordinator: bill not yet tabled.',
    });
    expect(merged[2]!.result).toBe('implemented');
    const decision = (await callOk(coordinator, 'assessments.history', { assessmentId: id })).find(
      (h) => h.field === 'evidence' && (h.decided ?? 0) > 0,
    );
    expect(decision).toMatchObject({ actor: 'Regional coordinator', decided: 2, origin: 'local' });

    // Importing the same file again changes nothing at all.
    const historyAfter = await callOk(coordinator, 'assessments.history', { assessmentId: id });
    const again = await callOk(coordinator, 'assessments.previewImport', { path: second });
    expect(again).toMatchObject({ incoming: 0, conflicts: [] });
    expect(
      await callOk(coordinator, 'assessments.applyImport', { file: { path: second } }),
    ).toMatchObject({ applied: 0 });
    expect(await callOk(coordinator, 'assessments.history', { assessmentId: id })).toEqual(
      historyAfter,
    );
    expect((await callOk(coordinator, 'assessments.get', { id })).items).toEqual(merged);

    // The coordinator's file back to the team: the decision settles the conflict there too.
    const back = join(files, 'kenya-back.cwchecklist.json');
    await callOk(coordinator, 'assessments.exportFile', { id, path: back });
    const returned = await callOk(team, 'assessments.previewImport', { path: back });
    expect(returned.conflicts).toEqual([]);
    await callOk(team, 'assessments.applyImport', { file: { path: back } });
    const fields = (list: { items: Record<string, unknown>[] }) =>
      list.items.map(({ id: _i, updatedAt: _a, updatedBy: _b, ...rest }) => rest);
    expect(fields(await callOk(team, 'assessments.get', { id }))).toEqual(
      fields(await callOk(coordinator, 'assessments.get', { id })),
    );
  });

  it('still imports a version 1 file item by item, its edits becoming local changes', async () => {
    const third = await machine('Third machine');
    const v1 = JSON.parse(readFileSync(file, 'utf8'));
    delete v1.changes;
    v1.formatVersion = 1;
    const old = join(files, 'kenya-v1.cwchecklist.json');
    writeFileSync(old, JSON.stringify(v1));
    const preview = await callOk(third, 'assessments.previewImport', { path: old });
    expect(preview).toMatchObject({ kind: 'new', conflicts: [] });
    await callOk(third, 'assessments.applyImport', { file: { path: old } });
    const received = await callOk(third, 'assessments.get', { id });
    expect(received.items.slice(0, 2).map((i) => [i.result, i.priority])).toEqual([
      ['implemented', null],
      ['gap', 'high'],
    ]);
    const result = (await callOk(third, 'assessments.history', { assessmentId: id })).find(
      (h) => h.field === 'result',
    );
    expect(result).toMatchObject({ origin: 'local' });
    expect(result?.actor).toMatch(/Amina .* via Amina .* on /);
  });

  it('refuses a damaged or foreign file with a clear message and changes nothing', async () => {
    const before = await callOk(coordinator, 'assessments.list', {});
    const content = JSON.parse(readFileSync(file, 'utf8'));
    content.items[0].result = 'excellent';
    const bad = join(files, 'bad.json');
    writeFileSync(bad, JSON.stringify(content));
    const answer = await coordinator.dispatch('assessments.previewImport', { path: bad });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: expect.stringMatching(/bad\.json: item uncc\.art7\.p1, field result/),
      },
    });
    const foreign = await coordinator.dispatch('assessments.applyImport', {
      file: {
        fileName: 'notes.json',
        contentBase64: Buffer.from('{"hello":1}').toString('base64'),
      },
    });
    expect(foreign).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('not a Convention Workbench checklist file') },
    });
    expect(await callOk(coordinator, 'assessments.list', {})).toEqual(before);
  });
});
