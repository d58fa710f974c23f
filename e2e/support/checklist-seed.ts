import { createChecklist, type Api, type SeedItem } from './api';

type Fields = Record<string, unknown>;

const find = (items: SeedItem[], article: number, paragraph: string): SeedItem => {
  const item = items.find((i) => i.articleNumber === article && i.paragraph === paragraph);
  if (!item) throw new Error(`No item ${article}(${paragraph}) in the checklist`);
  return item;
};

/** A Vietnamese checklist part-way through, a Kenyan one, and a new Vietnamese cycle. */
export async function seedChecklists(api: Api): Promise<{ vn: string; ke: string; cycle: string }> {
  await api.call('settings.update', { userName: 'Nguyễn Thị Lan', organisation: 'Bộ Tư pháp' });
  const vn = await createChecklist(api, {
    country: 'VN',
    title: 'Đánh giá quốc gia 2026',
    date: '2026-03-02',
    organisation: 'Bộ Tư pháp',
  });
  const update = (item: SeedItem, fields: Fields) =>
    api.call('assessments.updateItem', { assessmentId: vn.id, itemId: item.id, ...fields });

  await update(find(vn.items, 7, '1'), {
    result: 'partial',
    status: 'in-progress',
    citations: [{ act: 'Bộ luật Hình sự 2015', section: 'Điều 289', year: '2015', link: '' }],
    evidence:
      'Điều 289 quy định tội xâm nhập trái phép vào mạng máy tính, nhưng chưa bao quát hết các hệ thống thông tin.',
    actionType: 'amend',
    action: 'Mở rộng Điều 289 cho mọi hệ thống thông tin và truyền thông.',
    priority: 'high',
    agency: 'Bộ Công an',
    targetDate: '2025-12-31',
    elements: [
      { index: 0, state: 'met', nationalText: 'Điều 289 khoản 1' },
      { index: 1, state: 'unclear', nationalText: '' },
    ],
  });
  await update(find(vn.items, 7, '2'), { result: 'implemented', status: 'done' });
  await update(find(vn.items, 8, '1'), {
    result: 'gap',
    action: 'Quy định tội chặn thu trái phép dữ liệu.',
    actionType: 'new-law',
    priority: 'medium',
    agency: 'Bộ Thông tin và Truyền thông',
    targetDate: '2027-06-30',
  });
  await update(find(vn.items, 9, '1'), { result: 'implemented', status: 'done' });
  await update(find(vn.items, 10, '1'), {
    result: 'gap',
    priority: 'low',
    agency: 'Bộ Công an',
    action: 'Bổ sung tội can thiệp hệ thống.',
  });
  for (const item of vn.items.filter((i) => i.chapter === 'IV').slice(0, 20))
    await update(item, { result: 'implemented', status: 'done' });
  for (const item of vn.items.filter((i) => i.chapter === 'IV').slice(20, 30))
    await update(item, { result: 'partial' });
  for (const item of vn.items.filter((i) => i.chapter === 'I'))
    await update(item, { result: 'not-applicable' });

  const cycle = await api.call<{ id: string }>('assessments.clone', {
    id: vn.id,
    title: 'Đánh giá 2027',
  });

  const ke = await createChecklist(api, {
    country: 'KE',
    title: 'Kenya national review',
    date: '2026-02-10',
  });
  for (const item of ke.items.filter((i) => i.chapter === 'II').slice(0, 30))
    await api.call('assessments.updateItem', {
      assessmentId: ke.id,
      itemId: item.id,
      result: 'implemented',
    });
  for (const item of ke.items.filter((i) => i.chapter === 'V').slice(0, 40))
    await api.call('assessments.updateItem', {
      assessmentId: ke.id,
      itemId: item.id,
      result: 'gap',
    });
  return { vn: vn.id, ke: ke.id, cycle: cycle.id };
}

/** Changes article 7(1) so that a file exported before conflicts with this machine. */
export async function changeForConflict(api: Api, assessmentId: string): Promise<void> {
  const checklist = await api.call<{ items: SeedItem[] }>('assessments.get', { id: assessmentId });
  await api.call('assessments.updateItem', {
    assessmentId,
    itemId: find(checklist.items, 7, '1').id,
    result: 'implemented',
    evidence: 'Sửa đổi năm 2025 đã bao quát mọi hệ thống.',
  });
}

/**
 * A checklist file as an older version of the app wrote it (format 1: values only, merged item by
 * item). A version-2 file carries change ids, so a machine re-importing its own earlier export
 * holds every change already and sees no conflict; the screens that show a conflict are driven
 * with the older format, which also proves such files still import.
 */
export function asVersion1File(bytes: Buffer): Buffer {
  const file = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  delete file.changes;
  return Buffer.from(JSON.stringify({ ...file, formatVersion: 1 }));
}
