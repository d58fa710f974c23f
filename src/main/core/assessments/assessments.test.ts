import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkbench, type Workbench } from '../workbench';
import { callOk, PROJECT_RESOURCES, tempDir } from '../testing/fixtures';

// Against the bundled convention: checklists are made from its real provisions.
let workbench: Workbench;
let cleanup: () => void;

beforeAll(async () => {
  const data = tempDir();
  cleanup = data.cleanup;
  workbench = await createWorkbench({
    dataDir: data.dir,
    resourcesDir: PROJECT_RESOURCES,
    shell: 'browser',
    appVersion: 't',
  });
  await callOk(workbench, 'settings.update', { userName: 'Lan Nguyen' });
});
afterAll(() => {
  workbench.close();
  cleanup();
});

describe('national checklists', () => {
  it('creates one item per provision, filtered by chapter and obligation level', async () => {
    const stats = await callOk(workbench, 'library.stats', {});
    const all = await callOk(workbench, 'assessments.create', {
      country: 'VN',
      title: 'Viet Nam 2026',
    });
    const full = await callOk(workbench, 'assessments.get', { id: all.id });
    expect(full).toMatchObject({ country: 'VN', countryName: 'Viet Nam', title: 'Viet Nam 2026' });
    expect(full.items).toHaveLength(stats.provisions);
    expect(full.items.every((i) => i.result === 'not-assessed' && i.status === 'to-do')).toBe(true);
    const some = await callOk(workbench, 'assessments.create', {
      country: 'KE',
      title: 'Kenya, offences',
      chapters: ['II'],
      obligations: ['mandatory'],
    });
    const partial = await callOk(workbench, 'assessments.get', { id: some.id });
    expect(partial.items.length).toBeGreaterThan(5);
    expect(partial.items.every((i) => i.chapter === 'II' && i.provisionLevel === 'mandatory')).toBe(
      true,
    );
    const withElements = partial.items.find((i) => i.provisionElements.length > 0)!;
    expect(withElements.elements).toHaveLength(withElements.provisionElements.length);
  });

  it('refuses an unknown country code with the field named', async () => {
    const answer = await workbench.dispatch('assessments.create', {
      country: 'XX',
      title: 'Nowhere',
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('country') },
    });
    const lower = await workbench.dispatch('assessments.create', { country: 'vn', title: 'x' });
    expect(lower).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('country') },
    });
  });

  it('records every change with who, when, old and new, and undoes the last edit', async () => {
    const { id } = await callOk(workbench, 'assessments.create', {
      country: 'PH',
      title: 'Philippines',
    });
    const [first] = (await callOk(workbench, 'assessments.get', { id })).items;
    const updated = await callOk(workbench, 'assessments.updateItem', {
      assessmentId: id,
      itemId: first!.id,
      result: 'partial',
      citations: [
        { act: 'Cybercrime Prevention Act', section: 's. 4(a)(1)', year: '2012', link: '' },
      ],
      evidence: 'Illegal access is covered; the intent element differs.',
    });
    expect(updated).toMatchObject({ result: 'partial', updatedBy: 'Lan Nguyen' });
    await callOk(workbench, 'assessments.updateItem', {
      assessmentId: id,
      itemId: first!.id,
      priority: 'high',
      agency: 'Ministry of Justice',
    });
    const history = await callOk(workbench, 'assessments.history', {
      assessmentId: id,
      itemId: first!.id,
    });
    expect(history.map((h) => [h.field, h.oldValue, h.newValue])).toEqual([
      ['agency', '', 'Ministry of Justice'],
      ['priority', null, 'high'],
      ['evidence', '', 'Illegal access is covered; the intent element differs.'],
      ['citations', '[]', expect.stringContaining('Cybercrime Prevention Act')],
      ['result', 'not-assessed', 'partial'],
    ]);
    expect(history.every((h) => h.actor === 'Lan Nguyen' && h.at)).toBe(true);

    expect(await callOk(workbench, 'assessments.undo', { assessmentId: id })).toMatchObject({
      undone: 2,
    });
    const after = (await callOk(workbench, 'assessments.get', { id })).items[0]!;
    expect(after).toMatchObject({ result: 'partial', priority: null, agency: '' });
    expect(await callOk(workbench, 'assessments.undo', { assessmentId: id })).toMatchObject({
      undone: 3,
    });
    expect((await callOk(workbench, 'assessments.get', { id })).items[0]).toMatchObject({
      result: 'not-assessed',
      citations: [],
      evidence: '',
    });
    expect(await callOk(workbench, 'assessments.undo', { assessmentId: id })).toEqual({
      undone: 0,
      batch: null,
      changes: [],
    });
  });

  it('names what undo took back, undoes a given edit only, and redoes it', async () => {
    const { id } = await callOk(workbench, 'assessments.create', { country: 'KE', title: 'Kenya' });
    const [first, second] = (await callOk(workbench, 'assessments.get', { id })).items;
    await callOk(workbench, 'assessments.updateItem', {
      assessmentId: id,
      itemId: first!.id,
      result: 'gap',
    });
    const [mine] = await callOk(workbench, 'assessments.history', {
      assessmentId: id,
      itemId: first!.id,
    });
    // A newer edit made elsewhere (another screen) is left alone when the batch is given.
    await callOk(workbench, 'assessments.updateItem', {
      assessmentId: id,
      itemId: second!.id,
      agency: 'Office of the Director of Public Prosecutions',
    });

    const undone = await callOk(workbench, 'assessments.undo', {
      assessmentId: id,
      batch: mine!.batch,
    });
    expect(undone).toEqual({
      undone: 1,
      batch: mine!.batch,
      changes: [
        {
          itemId: first!.id,
          articleNumber: first!.articleNumber,
          paragraph: first!.paragraph,
          field: 'result',
          from: 'not-assessed',
          to: 'gap',
        },
      ],
    });
    let items = (await callOk(workbench, 'assessments.get', { id })).items;
    expect(items[0]).toMatchObject({ result: 'not-assessed' });
    expect(items[1]).toMatchObject({ agency: 'Office of the Director of Public Prosecutions' });
    // Undoing the same edit twice does nothing.
    expect(
      await callOk(workbench, 'assessments.undo', { assessmentId: id, batch: mine!.batch }),
    ).toMatchObject({ undone: 0, batch: null });

    // The other screen's edit is newer, so the screen names the edit it redoes.
    const redone = await callOk(workbench, 'assessments.redo', {
      assessmentId: id,
      batch: mine!.batch,
    });
    expect(redone).toMatchObject({ redone: 1, batch: mine!.batch, changes: undone.changes });
    items = (await callOk(workbench, 'assessments.get', { id })).items;
    expect(items[0]).toMatchObject({ result: 'gap' });
    const history = await callOk(workbench, 'assessments.history', {
      assessmentId: id,
      itemId: first!.id,
    });
    expect(history.map((h) => [h.field, h.oldValue, h.newValue, h.undone])).toEqual([
      ['redo:result', 'not-assessed', 'gap', false],
      ['undo:result', 'gap', 'not-assessed', false],
      ['result', 'not-assessed', 'gap', false],
    ]);
    expect(await callOk(workbench, 'assessments.redo', { assessmentId: id })).toMatchObject({
      redone: 0,
    });
  });

  it('redoes in the reverse order of undo, and not after a new edit', async () => {
    const { id } = await callOk(workbench, 'assessments.create', { country: 'GH', title: 'Redo' });
    const [item] = (await callOk(workbench, 'assessments.get', { id })).items;
    const edit = (agency: string) =>
      callOk(workbench, 'assessments.updateItem', { assessmentId: id, itemId: item!.id, agency });
    const agency = async () =>
      (await callOk(workbench, 'assessments.get', { id })).items[0]!.agency;
    await edit('A');
    await edit('B');
    await edit('C');
    await callOk(workbench, 'assessments.undo', { assessmentId: id });
    await callOk(workbench, 'assessments.undo', { assessmentId: id });
    expect(await agency()).toBe('A');
    await callOk(workbench, 'assessments.redo', { assessmentId: id });
    expect(await agency()).toBe('B');
    await edit('D');
    expect(await callOk(workbench, 'assessments.redo', { assessmentId: id })).toMatchObject({
      redone: 0,
    });
    expect(await agency()).toBe('D');
  });

  it('writes nothing and records nothing when a value is unchanged', async () => {
    const { id } = await callOk(workbench, 'assessments.create', { country: 'GH', title: 'Ghana' });
    const [item] = (await callOk(workbench, 'assessments.get', { id })).items;
    await callOk(workbench, 'assessments.updateItem', {
      assessmentId: id,
      itemId: item!.id,
      result: 'not-assessed',
    });
    expect(
      (await callOk(workbench, 'assessments.history', { assessmentId: id })).map((h) => h.field),
    ).toEqual(['created']);
  });

  it('refuses a bad value and keeps the item as it was', async () => {
    const { id } = await callOk(workbench, 'assessments.create', {
      country: 'SN',
      title: 'Senegal',
    });
    const [item] = (await callOk(workbench, 'assessments.get', { id })).items;
    const answer = await workbench.dispatch('assessments.updateItem', {
      assessmentId: id,
      itemId: item!.id,
      result: 'done',
      targetDate: '31/12/2027',
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/result|targetDate/) },
    });
    expect((await callOk(workbench, 'assessments.get', { id })).items[0]).toMatchObject({
      result: 'not-assessed',
      targetDate: null,
    });
  });

  it('bulk-edits several items as one undoable step, and finds items by their notes', async () => {
    const { id } = await callOk(workbench, 'assessments.create', {
      country: 'MA',
      title: 'Morocco',
      chapters: ['IV'],
    });
    const items = (await callOk(workbench, 'assessments.get', { id })).items;
    const ids = items.slice(0, 4).map((i) => i.id);
    expect(
      await callOk(workbench, 'assessments.bulkUpdate', {
        assessmentId: id,
        itemIds: ids,
        fields: { result: 'gap', agency: 'Direction générale de la sûreté nationale' },
      }),
    ).toEqual({ changed: 8 });
    expect(
      (
        await callOk(workbench, 'assessments.searchNotes', { assessmentId: id, query: 'surete' })
      ).itemIds.sort(),
    ).toEqual([...ids].sort());
    expect(await callOk(workbench, 'assessments.undo', { assessmentId: id })).toMatchObject({
      undone: 8,
    });
    expect(
      (await callOk(workbench, 'assessments.searchNotes', { assessmentId: id, query: 'surete' }))
        .itemIds,
    ).toEqual([]);
  });

  it('clones a cycle and compares it with the first', async () => {
    const { id } = await callOk(workbench, 'assessments.create', {
      country: 'NG',
      title: 'Nigeria 2025',
      date: '2025-06-01',
      chapters: ['II'],
    });
    const items = (await callOk(workbench, 'assessments.get', { id })).items;
    await callOk(workbench, 'assessments.bulkUpdate', {
      assessmentId: id,
      itemIds: [items[0]!.id, items[1]!.id],
      fields: { result: 'gap' },
    });
    await callOk(workbench, 'assessments.updateItem', {
      assessmentId: id,
      itemId: items[2]!.id,
      result: 'implemented',
    });
    const next = await callOk(workbench, 'assessments.clone', {
      id,
      title: 'Nigeria 2026',
      date: '2026-06-01',
    });
    const cloned = await callOk(workbench, 'assessments.get', { id: next.id });
    expect(cloned).toMatchObject({ clonedFrom: id, date: '2026-06-01' });
    expect(cloned.items.map((i) => i.result)).toEqual(
      items.map((_i, n) => (n < 2 ? 'gap' : n === 2 ? 'implemented' : 'not-assessed')),
    );
    await callOk(workbench, 'assessments.updateItem', {
      assessmentId: next.id,
      itemId: cloned.items[0]!.id,
      result: 'implemented',
    });
    await callOk(workbench, 'assessments.updateItem', {
      assessmentId: next.id,
      itemId: cloned.items[2]!.id,
      result: 'partial',
    });
    await callOk(workbench, 'assessments.updateItem', {
      assessmentId: next.id,
      itemId: cloned.items[3]!.id,
      result: 'gap',
    });
    const comparison = await callOk(workbench, 'assessments.compare', {
      baseId: id,
      otherId: next.id,
    });
    expect(comparison.totals).toMatchObject({ improved: 1, regressed: 1, 'newly-assessed': 1 });
    expect(comparison.changes.map((c) => c.kind)).toEqual([
      'improved',
      'regressed',
      'newly-assessed',
    ]);
    const other = await callOk(workbench, 'assessments.create', {
      country: 'GH',
      title: 'Ghana again',
      chapters: ['II'],
    });
    expect(
      await workbench.dispatch('assessments.compare', { baseId: id, otherId: other.id }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('builds a country × chapter heat map', async () => {
    const a = await callOk(workbench, 'assessments.create', {
      country: 'TH',
      title: 'Thailand',
      chapters: ['II', 'IV'],
    });
    const items = (await callOk(workbench, 'assessments.get', { id: a.id })).items;
    const second = items.filter((i) => i.chapter === 'II').map((i) => i.id);
    await callOk(workbench, 'assessments.bulkUpdate', {
      assessmentId: a.id,
      itemIds: second,
      fields: { result: 'implemented' },
    });
    const map = await callOk(workbench, 'assessments.heatmap', { ids: [a.id] });
    expect(map.chapters.map((c) => c.number)).toHaveLength(9);
    const row = map.rows[0]!;
    expect(row).toMatchObject({ country: 'TH', countryName: 'Thailand' });
    expect(row.cells.find((c) => c.chapter === 'II')).toMatchObject({ score: 1 });
    expect(row.cells.find((c) => c.chapter === 'IV')).toMatchObject({ score: null });
    expect(row.cells.find((c) => c.chapter === 'V')).toMatchObject({ items: 0, score: null });
  });

  it('lists checklists with their progress', async () => {
    const list = await callOk(workbench, 'assessments.list', {});
    const thailand = list.find((a) => a.country === 'TH')!;
    expect(thailand.assessed).toBeGreaterThan(0);
    expect(thailand.counts.implemented).toBe(thailand.assessed);
  });
});
