// A trash entry's detail line is stored as text (the trash table has no column per fact). The
// core writes it in these shapes, and screens read the facts back to show them in the reader's
// language: the country's name and a date as the language writes it, not "VN · 2026-03-01".

const ISO_DATE = '\\d{4}-\\d{2}-\\d{2}';
const CHECKLIST = new RegExp(`^([A-Z]{2}) · (${ISO_DATE})$`);
const WORKSHOP = new RegExp(`^(${ISO_DATE}) · (\\d+) participants?$`);

export type TrashDetail =
  | { kind: 'checklist'; country: string; date: string }
  | { kind: 'workshop'; date: string; people: number }
  | { kind: 'text'; text: string };

export function checklistDetail(country: string, date: string): string {
  return `${country} · ${date}`;
}

/** English too, for entries read by anything that shows the stored text as it is. */
export function workshopDetail(startDate: string, people: number): string {
  return `${startDate} · ${people} participant${people === 1 ? '' : 's'}`;
}

/** The facts of a detail line, or its text when it has another shape (a participant's workshop). */
export function readTrashDetail(kind: string, detail: string): TrashDetail {
  if (kind === 'checklist') {
    const m = CHECKLIST.exec(detail);
    if (m) return { kind: 'checklist', country: m[1]!, date: m[2]! };
  }
  if (kind === 'workshop') {
    const m = WORKSHOP.exec(detail);
    if (m) return { kind: 'workshop', date: m[1]!, people: Number(m[2]) };
  }
  return { kind: 'text', text: detail };
}
