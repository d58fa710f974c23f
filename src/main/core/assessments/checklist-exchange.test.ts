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
    expect(
      await callOk(coordinator, 'assessments.applyImport', { file: { path: file } }),
    ).toMatchObject({ assessmentId: id, applied: items.length });
    const received = await callOk(coordinator, 'assessments.get', { id });
    expect(received.items.slice(0, 2).map((i) => [i.result, i.priority])).toEqual([
      ['implemented', null],
      ['gap', 'high'],
    ]);
    const history = await callOk(coordinator, 'assessments.history', { assessmentId: id });
    expect(history.find((h) => h.field === 'imported')?.newValue).toContain(
      'Amina (Ministry of Justice)',
    );
    expect(history.find((h) => h.field === 'result')?.actor).toMatch(/Amina .* via Amina .* on /);
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
    expect(preview.conflicts[0]).toMatchObject({
      provisionId: coordItems[1]!.provisionId,
      localUpdatedBy: 'Regional coordinator',
      fields: expect.arrayContaining([
        {
          field: 'evidence',
          local: 'Coordinator: bill not yet tabled.',
          incoming: 'Draft bill tabled in 2026.',
        },
      ]),
    });

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

    const applied = await callOk(coordinator, 'assessments.applyImport', {
      file: { path: second },
      decisions: { [coordItems[1]!.provisionId]: 'local' },
    });
    expect(applied.applied).toBe(1);
    const merged = (await callOk(coordinator, 'assessments.get', { id })).items;
    expect(merged[1]).toMatchObject({
      result: 'gap',
      evidence: 'Coordinator: bill not yet tabled.',
    });
    expect(merged[2]!.result).toBe('implemented');
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
