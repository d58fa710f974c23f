import { describe, expect, it } from 'vitest';
import { checklistDetail, readTrashDetail, workshopDetail } from './trash-detail';

describe('trash detail lines', () => {
  it('reads back the facts the core wrote', () => {
    expect(readTrashDetail('checklist', checklistDetail('VN', '2026-03-01'))).toEqual({
      kind: 'checklist',
      country: 'VN',
      date: '2026-03-01',
    });
    expect(readTrashDetail('workshop', workshopDetail('2026-03-01', 1))).toEqual({
      kind: 'workshop',
      date: '2026-03-01',
      people: 1,
    });
    expect(readTrashDetail('workshop', workshopDetail('2026-03-01', 12))).toMatchObject({
      people: 12,
    });
  });

  it('keeps any other text as it is', () => {
    expect(readTrashDetail('participant', 'Hanoi workshop')).toEqual({
      kind: 'text',
      text: 'Hanoi workshop',
    });
    expect(readTrashDetail('checklist', 'VN · 1 March')).toEqual({
      kind: 'text',
      text: 'VN · 1 March',
    });
  });
});
