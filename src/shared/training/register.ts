import { z } from 'zod';
import { foldText } from '../domain/collation';
import { matchCountry } from '../domain/countries';
import { participantInput, type ParticipantFields } from '../domain/sessions';

export const REGISTER_COLUMNS = [
  'name',
  'organisation',
  'country',
  'role',
  'gender',
  'email',
] as const;

export const registerRow = z.object({
  row: z.number().int(),
  entry: z
    .object({
      name: z.string(),
      organisation: z.string(),
      country: z.string(),
      role: z.string().optional(),
      gender: z.enum(['female', 'male', 'other', 'undisclosed']).optional(),
      email: z.string().optional(),
    })
    .nullable(),
  /** The row's cells as written, so a row with problems can still be recognised in the preview. */
  cells: z.object({
    name: z.string(),
    organisation: z.string(),
    country: z.string(),
    email: z.string(),
  }),
  problems: z.array(z.object({ column: z.string(), message: z.string() })),
  /** An existing person this row will be registered as, when the name and country or e-mail match. */
  matchesPersonId: z.string().nullable(),
});
export type RegisterRow = z.infer<typeof registerRow>;

/** "VN", "vn", "Viet Nam", "Việt Nam" or "Vietnam" → VN; null when it is no country. */
export function readCountry(cell: string): string | null {
  return matchCountry(cell);
}

const HEADER_ALIASES: Record<string, (typeof REGISTER_COLUMNS)[number]> = {
  organization: 'organisation',
  'e-mail': 'email',
  mail: 'email',
  function: 'role',
  sex: 'gender',
};

/**
 * Checks every row of a register sheet (header first) and says what is wrong with each, by row
 * and column. Nothing is written here: the facilitator sees this preview and confirms.
 */
export function checkRegisterRows(rows: readonly (readonly string[])[]): {
  rows: RegisterRow[];
  fileProblem: string | null;
} {
  const header = (rows[0] ?? []).map((h) => {
    const key = h.trim().toLowerCase();
    return HEADER_ALIASES[key] ?? key;
  });
  const missing = ['name', 'country'].filter((c) => !header.includes(c));
  if (missing.length)
    return {
      rows: [],
      fileProblem: `The first row must name the columns; ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing. Columns: ${REGISTER_COLUMNS.join(', ')}.`,
    };
  const cell = (row: readonly string[], column: string) =>
    (row[header.indexOf(column)] ?? '').trim();
  const seen = new Map<string, number>();
  const checked: RegisterRow[] = [];
  rows.slice(1).forEach((row, index) => {
    const rowNumber = index + 2;
    if (row.every((c) => c.trim() === '')) return;
    const problems: RegisterRow['problems'] = [];
    const countryCell = cell(row, 'country');
    const country = readCountry(countryCell);
    if (!country)
      problems.push({
        column: 'country',
        message: countryCell
          ? `"${countryCell}" is not a country name or ISO code.`
          : 'The country is missing.',
      });
    const gender = cell(row, 'gender').toLowerCase();
    const candidate = {
      name: cell(row, 'name'),
      organisation: cell(row, 'organisation'),
      country: country ?? 'XX',
      ...(cell(row, 'role') ? { role: cell(row, 'role') } : {}),
      ...(gender ? { gender } : {}),
      ...(cell(row, 'email') ? { email: cell(row, 'email') } : {}),
    };
    const parsed = participantInput.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        if (column !== 'country')
          problems.push({
            column,
            message:
              column === 'email'
                ? `"${cell(row, 'email')}" is not an e-mail address.`
                : column === 'gender'
                  ? `"${cell(row, 'gender')}" is not one of female, male, other, undisclosed.`
                  : issue.message,
          });
      }
    }
    const keys = [
      `${foldText(candidate.name)}|${candidate.country}`,
      ...(candidate.email ? [candidate.email.toLowerCase()] : []),
    ];
    const earlier = keys.map((k) => seen.get(k)).find((r) => r !== undefined);
    if (earlier !== undefined)
      problems.push({ column: 'name', message: `The same person as row ${earlier}.` });
    for (const k of keys) if (!seen.has(k)) seen.set(k, rowNumber);
    const cells = {
      name: cell(row, 'name'),
      organisation: cell(row, 'organisation'),
      country: countryCell,
      email: cell(row, 'email'),
    };
    checked.push({
      row: rowNumber,
      cells,
      entry: problems.length === 0 && parsed.success ? (parsed.data as ParticipantFields) : null,
      problems,
      matchesPersonId: null,
    });
  });
  return {
    rows: checked,
    fileProblem:
      checked.length === 0 ? 'The sheet has no participants below the header row.' : null,
  };
}
