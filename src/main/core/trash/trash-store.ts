import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/envelope';
import type { TrashEntry, TrashKind } from '../../../shared/domain/trash';
import { checklistDetail, workshopDetail } from '../../../shared/domain/trash-detail';
import { withTransaction, type Db } from '../db/connection';

/** How long a deleted item can be restored; older entries are purged when the app opens. */
export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * One table's share of a deleted item: which rows (a fixed WHERE over the item's ids) and how
 * they go back. Listed parents first, so restoring in order and deleting in reverse order
 * satisfy the foreign keys.
 */
interface TablePart {
  table: string;
  where: string;
  /** Link rows re-made since the deletion (a re-registered person) win over the restored copy. */
  keepNewer?: boolean;
  /** An integer key SQLite may have handed out again meanwhile (history ids). */
  freshIds?: string;
}

const roomsOf = (column: string) => `room_id IN (SELECT id FROM live_rooms WHERE ${column} = ?)`;

const WORKSHOP: readonly TablePart[] = [
  { table: 'sessions', where: 'id = ?' },
  { table: 'session_participants', where: 'session_id = ?' },
  { table: 'attendance', where: 'session_id = ?' },
  { table: 'agenda_items', where: 'session_id = ?' },
  { table: 'attempts', where: 'session_id = ?' },
  {
    table: 'responses',
    where: 'attempt_id IN (SELECT id FROM attempts WHERE session_id = ?)',
  },
  { table: 'polls', where: 'session_id = ?' },
  { table: 'live_rooms', where: 'session_id = ?' },
  { table: 'live_participants', where: roomsOf('session_id') },
  { table: 'live_attempts', where: roomsOf('session_id') },
  {
    table: 'poll_answers',
    where: 'poll_id IN (SELECT id FROM polls WHERE session_id = ?)',
  },
];

const CHECKLIST: readonly TablePart[] = [
  { table: 'assessments', where: 'id = ?' },
  { table: 'assessment_items', where: 'assessment_id = ?' },
  { table: 'assessment_history', where: 'assessment_id = ?', freshIds: 'id' },
  { table: 'assessment_notes', where: 'assessment_id = ?' },
  { table: 'live_rooms', where: 'assessment_id = ?' },
  { table: 'live_participants', where: roomsOf('assessment_id') },
  { table: 'votes', where: roomsOf('assessment_id') },
];

/** One person's place in one workshop: registration, attendance, attempts and answers. */
const PARTICIPANT: readonly TablePart[] = [
  { table: 'session_participants', where: 'session_id = ? AND person_id = ?', keepNewer: true },
  { table: 'attendance', where: 'session_id = ? AND person_id = ?', keepNewer: true },
  { table: 'attempts', where: 'session_id = ? AND person_id = ?' },
  {
    table: 'responses',
    where: 'attempt_id IN (SELECT id FROM attempts WHERE session_id = ? AND person_id = ?)',
  },
  {
    table: 'live_attempts',
    where: 'attempt_id IN (SELECT id FROM attempts WHERE session_id = ? AND person_id = ?)',
  },
];

const PARTS: Record<TrashKind, readonly TablePart[]> = {
  workshop: WORKSHOP,
  checklist: CHECKLIST,
  participant: PARTICIPANT,
};

type Row = Record<string, unknown>;
interface Stored {
  /** The ids the WHERE clauses take: [sessionId] / [assessmentId] / [sessionId, personId]. */
  keys: string[];
  tables: { table: string; rows: Row[] }[];
  /** Checklists cloned from a deleted one: their link is cut on deletion, re-made on restore. */
  clones?: string[];
}

interface TrashRow {
  id: string;
  kind: TrashKind;
  ref_id: string;
  title: string;
  detail: string;
  rows: string;
  deleted_at: string;
  deleted_by: string;
}

/**
 * The trash (migration 0090): deleting moves every row of an item out of the live tables into
 * one JSON entry; restoring puts them back. Nothing outside the trash needs to know about it.
 */
export function createTrashStore(db: Db, actor: () => string) {
  const insertEntry = db.prepare(
    'INSERT INTO trash (id, kind, ref_id, title, detail, rows, deleted_at, deleted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const entry = db.prepare<[string], TrashRow>('SELECT * FROM trash WHERE id = ?');

  function capture(kind: TrashKind, keys: string[]): Stored['tables'] {
    return PARTS[kind].map(({ table, where }) => ({
      table,
      rows: db.prepare<unknown[], Row>(`SELECT * FROM ${table} WHERE ${where}`).all(...keys),
    }));
  }

  function remove(kind: TrashKind, keys: string[]): void {
    for (const { table, where } of [...PARTS[kind]].reverse())
      db.prepare(`DELETE FROM ${table} WHERE ${where}`).run(...keys);
  }

  // A person merged into another while their rows sat in the trash comes back as the person
  // they were merged into, as the merge moved every live row (people.merge).
  const survivor = db
    .prepare<[string], string>(
      `WITH RECURSIVE chain(id, next) AS (
         SELECT id, merged_into FROM people WHERE id = ?
         UNION ALL SELECT p.id, p.merged_into FROM people p JOIN chain c ON p.id = c.next)
       SELECT id FROM chain WHERE next IS NULL`,
    )
    .pluck();

  function reinsert(part: TablePart, rows: Row[]): void {
    // Ids come back as they were unless one has been taken meanwhile; then all are assigned
    // afresh, in the stored order, so the rows keep their sequence (undo relies on it).
    const fresh = part.freshIds;
    const taken =
      fresh !== undefined &&
      rows.some((row) =>
        db.prepare(`SELECT 1 FROM ${part.table} WHERE ${fresh} = ?`).get(row[fresh]),
      );
    const skip = new Set(taken ? [fresh] : []);
    for (const stored of rows) {
      const personId = stored.person_id;
      const now = typeof personId === 'string' ? (survivor.get(personId) ?? personId) : personId;
      const row = now === personId ? stored : { ...stored, person_id: now };
      const columns = Object.keys(row).filter((c) => !skip.has(c));
      // A merged person's registration may meet the survivor's own: the survivor's row stays.
      const verb = part.keepNewer || row !== stored ? 'INSERT OR IGNORE' : 'INSERT';
      db.prepare(
        `${verb} INTO ${part.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      ).run(...columns.map((c) => row[c]));
    }
  }

  function moveToTrash(
    kind: TrashKind,
    keys: string[],
    label: { refId: string; title: string; detail: string },
    before?: (stored: Stored) => void,
  ): string {
    const id = randomUUID();
    withTransaction(db, () => {
      const stored: Stored = { keys, tables: capture(kind, keys) };
      before?.(stored);
      remove(kind, keys);
      insertEntry.run(
        id,
        kind,
        label.refId,
        label.title,
        label.detail,
        JSON.stringify(stored),
        new Date().toISOString(),
        actor(),
      );
    });
    return id;
  }

  function refuseOpenRoom(column: 'session_id' | 'assessment_id', id: string): void {
    const open = db
      .prepare(`SELECT 1 FROM live_rooms WHERE ${column} = ? AND closed_at IS NULL`)
      .get(id);
    if (open) throw new AppError('CONFLICT', 'Close its live room first; people are still in it.');
  }

  const toEntry = (row: TrashRow): TrashEntry => ({
    id: row.id,
    kind: row.kind,
    refId: row.ref_id,
    title: row.title,
    detail: row.detail,
    deletedAt: row.deleted_at,
    deletedBy: row.deleted_by,
    purgeAfter: new Date(Date.parse(row.deleted_at) + TRASH_DAYS * DAY_MS).toISOString(),
  });

  return {
    /** Moves a workshop with its register, attendance, agenda, attempts, answers and rooms. */
    deleteWorkshop(sessionId: string): string {
      const session = db
        .prepare<[string], { title: string; start_date: string }>(
          'SELECT title, start_date FROM sessions WHERE id = ?',
        )
        .get(sessionId);
      if (!session) throw new AppError('NOT_FOUND', `There is no workshop ${sessionId}.`);
      refuseOpenRoom('session_id', sessionId);
      const people = db
        .prepare<[string], number>('SELECT count(*) FROM session_participants WHERE session_id = ?')
        .pluck()
        .get(sessionId)!;
      return moveToTrash('workshop', [sessionId], {
        refId: sessionId,
        title: session.title,
        detail: workshopDetail(session.start_date, people),
      });
    },

    /** Moves a checklist with its items, history, notes and validation votes. */
    deleteChecklist(assessmentId: string): string {
      const checklist = db
        .prepare<[string], { title: string; country: string; date: string }>(
          'SELECT title, country, date FROM assessments WHERE id = ?',
        )
        .get(assessmentId);
      if (!checklist) throw new AppError('NOT_FOUND', `There is no checklist ${assessmentId}.`);
      refuseOpenRoom('assessment_id', assessmentId);
      return moveToTrash(
        'checklist',
        [assessmentId],
        {
          refId: assessmentId,
          title: checklist.title,
          detail: checklistDetail(checklist.country, checklist.date),
        },
        (stored) => {
          // A later cycle cloned from this checklist keeps its own data; only the link waits.
          stored.clones = db
            .prepare<[string], string>('SELECT id FROM assessments WHERE cloned_from = ?')
            .pluck()
            .all(assessmentId);
          db.prepare('UPDATE assessments SET cloned_from = NULL WHERE cloned_from = ?').run(
            assessmentId,
          );
        },
      );
    },

    /** Takes a person off one workshop's register, with their attendance, attempts and answers. */
    removeParticipant(sessionId: string, personId: string): string {
      const found = db
        .prepare<[string, string], { name: string; title: string }>(
          `SELECT p.name, s.title FROM session_participants sp
           JOIN people p ON p.id = sp.person_id JOIN sessions s ON s.id = sp.session_id
           WHERE sp.session_id = ? AND sp.person_id = ?`,
        )
        .get(sessionId, personId);
      if (!found)
        throw new AppError(
          'NOT_FOUND',
          `Participant ${personId} is not on this workshop's register.`,
        );
      const answered = db
        .prepare(
          `SELECT 1 FROM live_attempts la JOIN live_rooms r ON r.id = la.room_id
           JOIN attempts a ON a.id = la.attempt_id
           WHERE a.session_id = ? AND a.person_id = ? AND r.closed_at IS NULL`,
        )
        .get(sessionId, personId);
      if (answered)
        throw new AppError('CONFLICT', 'This participant is answering in an open live room.');
      const id = moveToTrash('participant', [sessionId, personId], {
        refId: personId,
        title: found.name,
        detail: found.title,
      });
      db.prepare('UPDATE sessions SET updated_at = ? WHERE id = ?').run(
        new Date().toISOString(),
        sessionId,
      );
      return id;
    },

    list(): TrashEntry[] {
      return db
        .prepare<[], TrashRow>('SELECT * FROM trash ORDER BY deleted_at DESC')
        .all()
        .map(toEntry);
    },

    /** Puts every row back; refused, with nothing changed, when what it belonged to is gone. */
    restore(trashId: string): TrashEntry {
      const row = entry.get(trashId);
      if (!row)
        throw new AppError('NOT_FOUND', `There is nothing in the trash with id ${trashId}.`);
      const stored = JSON.parse(row.rows) as Stored;
      if (row.kind === 'participant') {
        const session = db.prepare('SELECT 1 FROM sessions WHERE id = ?').get(stored.keys[0]);
        if (!session)
          throw new AppError(
            'CONFLICT',
            `The workshop "${row.detail}" is not there any more: restore it from the trash first.`,
          );
      }
      try {
        withTransaction(db, () => {
          const parts = new Map(PARTS[row.kind].map((p) => [p.table, p]));
          for (const { table, rows } of stored.tables) reinsert(parts.get(table)!, rows);
          for (const clone of stored.clones ?? [])
            db.prepare(
              'UPDATE assessments SET cloned_from = ? WHERE id = ? AND cloned_from IS NULL',
            ).run(stored.keys[0], clone);
          db.prepare('DELETE FROM trash WHERE id = ?').run(trashId);
        });
      } catch (error) {
        if ((error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT'))
          throw new AppError(
            'CONFLICT',
            `"${row.title}" cannot be restored: something it refers to (a content pack, a question or a person) is no longer installed.`,
          );
        throw error;
      }
      return toEntry(row);
    },

    /** Deletes an entry for good: there is no way back after this. */
    purge(trashId: string): void {
      const { changes } = db.prepare('DELETE FROM trash WHERE id = ?').run(trashId);
      if (changes === 0)
        throw new AppError('NOT_FOUND', `There is nothing in the trash with id ${trashId}.`);
    },

    /** Purges entries older than TRASH_DAYS; run when the database opens. */
    purgeExpired(now = Date.now()): number {
      const cutoff = new Date(now - TRASH_DAYS * DAY_MS).toISOString();
      return db.prepare('DELETE FROM trash WHERE deleted_at < ?').run(cutoff).changes;
    },
  };
}

export type TrashStore = ReturnType<typeof createTrashStore>;
