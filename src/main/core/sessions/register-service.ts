import { AppError } from '../../../shared/api/envelope';
import { checkRegisterRows } from '../../../shared/training/register';
import { loadInputFile, type FileSource } from '../files/input-file';
import { readSheetRows } from '../files/sheets';
import type { Progress } from '../jobs/progress';
import type { SessionStore } from './session-store';

const noProgress: Progress = () => undefined;

/**
 * A workshop's register sheet: checked row by row, then the good rows added as participants.
 * Both run as jobs (jobs/job-kinds.ts): progress says "reading" while the sheet is unpacked,
 * "checking" once its rows are checked, then "rows" per batch as they are added.
 */
export function createRegisterService(sessions: SessionStore) {
  /** Every row checked, with people already known matched; nothing written. */
  async function preview(sessionId: string, file: FileSource, progress: Progress = noProgress) {
    sessions.require(sessionId);
    progress('reading', 0, 2);
    const { name, bytes } = loadInputFile(file, 'register');
    const checked = checkRegisterRows(await readSheetRows(name, bytes));
    progress('checking', 1, 2, false);
    const matches = sessions.matches(checked.rows.map((r) => r.entry));
    return {
      ...checked,
      rows: checked.rows.map((r, i) => ({ ...r, matchesPersonId: matches[i] ?? null })),
    };
  }

  /** Adds the rows that passed; the others are reported by row number, not guessed at. */
  async function importRows(sessionId: string, file: FileSource, progress: Progress = noProgress) {
    const { rows, fileProblem } = await preview(sessionId, file, progress);
    if (fileProblem) throw new AppError('VALIDATION', fileProblem);
    const entries = rows.flatMap((r) => (r.entry ? [r.entry] : []));
    const result = entries.length
      ? sessions.addParticipants(sessionId, entries, (done, total) =>
          progress('rows', done, total, false),
        )
      : { added: 0, matched: 0 };
    return {
      added: result.added,
      matched: result.matched,
      skipped: rows.filter((r) => r.entry === null).map((r) => r.row),
    };
  }

  return { preview, import: importRows };
}
