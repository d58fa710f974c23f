import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/envelope';
import { foldText, sortByText } from '../../../shared/domain/collation';
import { countryName, isCountryCode } from '../../../shared/domain/countries';
import type {
  AgendaItem,
  Participant,
  ParticipantFields,
  ParticipantUpdate,
  Session,
} from '../../../shared/domain/sessions';
import { withTransaction, type Db } from '../db/connection';

interface SessionRow {
  id: string;
  title: string;
  start_date: string;
  end_date: string;
  place: string;
  organiser: string;
  facilitators: string;
  language: string;
  audience: string;
  countries: string;
  notes: string;
  pre_quiz_id: string | null;
  post_quiz_id: string | null;
  created_at: string;
  updated_at: string;
}

interface PersonRow {
  id: string;
  name: string;
  organisation: string;
  country: string;
  role: string;
  gender: Participant['gender'];
  email: string | null;
}

export const toParticipant = (p: PersonRow): Participant => ({
  ...p,
  countryName: countryName(p.country),
});

/** Every day from start to end, inclusive, as YYYY-MM-DD. */
export function sessionDays(start: string, end: string): string[] {
  const days: string[] = [];
  for (
    let d = new Date(`${start}T00:00:00Z`);
    d <= new Date(`${end}T00:00:00Z`) && days.length < 60;
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

/** Rows added between two progress reports of a register import. */
const REGISTER_BATCH = 25;

// Accents, case and Đ/D aside, so "Do Thu Ha" from a sheet is the "Đỗ Thu Hà" already known.
const normalise = foldText;

export interface SessionFieldsInput {
  title: string;
  startDate: string;
  endDate: string;
  place?: string | undefined;
  organiser?: string | undefined;
  facilitators?: string[] | undefined;
  language?: string | undefined;
  audience?: string | undefined;
  countries?: string[] | undefined;
  notes?: string | undefined;
  preQuizId?: string | null | undefined;
  postQuizId?: string | null | undefined;
}

/** Workshops, their registers, attendance and agenda. A person is one row across workshops. */
export function createSessionStore(db: Db) {
  const sessionRow = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?');
  const participants = db.prepare<[string], PersonRow>(
    `SELECT p.id, p.name, p.organisation, p.country, p.role, p.gender, p.email
     FROM session_participants sp JOIN people p ON p.id = sp.person_id
     WHERE sp.session_id = ? ORDER BY p.name COLLATE NOCASE`,
  );

  function require(id: string): SessionRow {
    const row = sessionRow.get(id);
    if (!row) throw new AppError('NOT_FOUND', `There is no workshop ${id}.`);
    return row;
  }

  const touch = (id: string) =>
    db.prepare('UPDATE sessions SET updated_at = ? WHERE id = ?').run(new Date().toISOString(), id);

  const peopleWithEmail = db.prepare<[], PersonRow>(
    'SELECT * FROM people WHERE email IS NOT NULL AND merged_into IS NULL ORDER BY rowid',
  );
  const peopleIn = db.prepare<[string], PersonRow>(
    'SELECT * FROM people WHERE country = ? AND merged_into IS NULL ORDER BY rowid',
  );
  const insertPerson = db.prepare(
    'INSERT INTO people (id, name, organisation, country, role, gender, email, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const register = db.prepare(
    'INSERT OR IGNORE INTO session_participants (session_id, person_id, added_at) VALUES (?, ?, ?)',
  );
  const attendance = db.prepare<
    [string],
    { personId: string; day: string; state: 'present' | 'absent' | 'partly' }
  >('SELECT person_id AS personId, day, state FROM attendance WHERE session_id = ? ORDER BY day');
  const agenda = db.prepare<[string], AgendaItem & { id: string }>(
    'SELECT id, kind, ref, title, day, start_time AS startTime, minutes FROM agenda_items WHERE session_id = ? ORDER BY position',
  );

  /**
   * Finds the person already registered with the same e-mail, or the same name and country,
   * for a whole list of entries: the people of a country are read once per list, not once per
   * entry. `add` makes someone registered mid-list findable by the entries after them.
   */
  function personFinder() {
    const byCountry = new Map<string, Map<string, PersonRow>>();
    let byEmail: Map<string, PersonRow> | null = null;
    const keep = (map: Map<string, PersonRow>, key: string, row: PersonRow) => {
      if (!map.has(key)) map.set(key, row);
    };
    const namesIn = (country: string) => {
      let names = byCountry.get(country);
      if (!names) {
        names = new Map();
        for (const row of peopleIn.all(country)) keep(names, normalise(row.name), row);
        byCountry.set(country, names);
      }
      return names;
    };
    return {
      find(p: ParticipantFields): PersonRow | undefined {
        if (p.email) {
          if (!byEmail) {
            byEmail = new Map();
            for (const row of peopleWithEmail.all()) keep(byEmail, row.email!.toLowerCase(), row);
          }
          const found = byEmail.get(p.email.toLowerCase());
          if (found) return found;
        }
        return namesIn(p.country).get(normalise(p.name));
      },
      add(row: PersonRow) {
        keep(namesIn(row.country), normalise(row.name), row);
        if (row.email && byEmail) keep(byEmail, row.email.toLowerCase(), row);
      },
    };
  }

  return {
    require,
    /** For each entry, the id of the known person its details belong to, if any. */
    matches(entries: readonly (ParticipantFields | null)[]): (string | null)[] {
      const finder = personFinder();
      return entries.map((p) => (p ? (finder.find(p)?.id ?? null) : null));
    },
    create(fields: SessionFieldsInput): string {
      const id = randomUUID();
      const now = new Date().toISOString();
      db.prepare(
        `INSERT INTO sessions (id, title, start_date, end_date, place, organiser, facilitators, language, audience, countries, notes, pre_quiz_id, post_quiz_id, created_at, updated_at)
         VALUES (@id, @title, @startDate, @endDate, @place, @organiser, @facilitators, @language, @audience, @countries, @notes, @preQuizId, @postQuizId, @now, @now)`,
      ).run({
        id,
        now,
        title: fields.title,
        startDate: fields.startDate,
        endDate: fields.endDate,
        place: fields.place ?? '',
        organiser: fields.organiser ?? '',
        facilitators: JSON.stringify(fields.facilitators ?? []),
        language: fields.language ?? 'en',
        audience: fields.audience ?? '',
        countries: JSON.stringify(fields.countries ?? []),
        notes: fields.notes ?? '',
        preQuizId: fields.preQuizId === undefined ? 'uncc.quiz.pre-test' : fields.preQuizId,
        postQuizId: fields.postQuizId === undefined ? 'uncc.quiz.post-test' : fields.postQuizId,
      });
      return id;
    },

    update(id: string, fields: Partial<SessionFieldsInput>): void {
      const current = require(id);
      const start = fields.startDate ?? current.start_date;
      const end = fields.endDate ?? current.end_date;
      if (end < start)
        throw new AppError('VALIDATION', 'endDate: the end date is before the start date.');
      const columns: Record<string, [string, unknown]> = {
        title: ['title', fields.title],
        startDate: ['start_date', fields.startDate],
        endDate: ['end_date', fields.endDate],
        place: ['place', fields.place],
        organiser: ['organiser', fields.organiser],
        facilitators: ['facilitators', fields.facilitators && JSON.stringify(fields.facilitators)],
        language: ['language', fields.language],
        audience: ['audience', fields.audience],
        countries: ['countries', fields.countries && JSON.stringify(fields.countries)],
        notes: ['notes', fields.notes],
        preQuizId: ['pre_quiz_id', fields.preQuizId],
        postQuizId: ['post_quiz_id', fields.postQuizId],
      };
      const changed = Object.entries(columns).filter(([key]) => key in fields);
      // One statement for all the fields given; column names come from the list above only.
      const set = changed.map(([, [column]]) => `${column} = ?`).join(', ');
      withTransaction(db, () => {
        if (changed.length)
          db.prepare(`UPDATE sessions SET ${set} WHERE id = ?`).run(
            ...changed.map(([, [, value]]) => value ?? null),
            id,
          );
        touch(id);
      });
    },

    list() {
      return db
        .prepare<
          [],
          {
            id: string;
            title: string;
            startDate: string;
            endDate: string;
            place: string;
            participantCount: number;
          }
        >(
          `SELECT s.id, s.title, s.start_date AS startDate, s.end_date AS endDate, s.place,
                  (SELECT count(*) FROM session_participants sp WHERE sp.session_id = s.id) AS participantCount
           FROM sessions s ORDER BY s.start_date DESC, s.title`,
        )
        .all();
    },

    get(id: string): Session {
      const row = require(id);
      return {
        id: row.id,
        title: row.title,
        startDate: row.start_date,
        endDate: row.end_date,
        days: sessionDays(row.start_date, row.end_date),
        place: row.place,
        organiser: row.organiser,
        facilitators: JSON.parse(row.facilitators) as string[],
        language: row.language,
        audience: row.audience,
        countries: JSON.parse(row.countries) as string[],
        notes: row.notes,
        preQuizId: row.pre_quiz_id,
        postQuizId: row.post_quiz_id,
        // In the workshop language's alphabetical order, which SQLite's NOCASE does not know.
        participants: sortByText(participants.all(id), (p) => p.name, row.language).map(
          toParticipant,
        ),
        attendance: attendance.all(id),
        agenda: agenda.all(id),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      };
    },

    /**
     * Registers people, all or none: each entry is checked first and a bad one is refused with its
     * position and field. Someone already known (same e-mail, or same name and country) is reused.
     */
    /**
     * Adds people to the register in one transaction. `onBatch` hears each batch of rows from
     * inside it (a job's progress), so a throw there rolls every row back.
     */
    addParticipants(
      sessionId: string,
      entries: ParticipantFields[],
      onBatch?: (rowsDone: number, rows: number) => void,
    ): { added: number; matched: number; participants: Participant[] } {
      require(sessionId);
      const checked = entries.map((p, index) => {
        if (!isCountryCode(p.country)) {
          throw new AppError(
            'VALIDATION',
            `participants.${index}.country: ${p.country} is not an ISO 3166-1 country code (entry ${index + 1}, ${p.name}).`,
          );
        }
        return p;
      });
      const now = new Date().toISOString();
      let matched = 0;
      const ids = withTransaction(db, () => {
        const finder = personFinder();
        const rowIds = checked.map((p, index) => {
          if (onBatch && index % REGISTER_BATCH === 0) onBatch(index, checked.length);
          const known = finder.find(p);
          let id = known?.id;
          if (id) matched++;
          else {
            const row: PersonRow = {
              id: randomUUID(),
              name: p.name,
              organisation: p.organisation,
              country: p.country,
              role: p.role ?? '',
              gender: p.gender ?? null,
              email: p.email ?? null,
            };
            insertPerson.run(
              row.id,
              row.name,
              row.organisation,
              row.country,
              row.role,
              row.gender,
              row.email,
              now,
            );
            finder.add(row);
            id = row.id;
          }
          register.run(sessionId, id, now);
          return id;
        });
        // The last report is still inside: a cancel heard here rolls back, after it none can.
        onBatch?.(checked.length, checked.length);
        return rowIds;
      });
      touch(sessionId);
      const all = participants.all(sessionId).map(toParticipant);
      return {
        added: ids.length - matched,
        matched,
        participants: all.filter((p) => ids.includes(p.id)),
      };
    },

    setAttendance(
      sessionId: string,
      marks: { personId: string; day: string; state: 'present' | 'absent' | 'partly' }[],
    ): void {
      const session = require(sessionId);
      const days = new Set(sessionDays(session.start_date, session.end_date));
      const registered = new Set(participants.all(sessionId).map((p) => p.id));
      for (const m of marks) {
        if (!days.has(m.day))
          throw new AppError('VALIDATION', `day ${m.day} is not a day of this workshop.`);
        if (!registered.has(m.personId))
          throw new AppError(
            'VALIDATION',
            `person ${m.personId} is not on this workshop's register.`,
          );
      }
      withTransaction(db, () => {
        const upsert = db.prepare(
          'INSERT INTO attendance (session_id, person_id, day, state) VALUES (?, ?, ?, ?) ON CONFLICT(session_id, person_id, day) DO UPDATE SET state = excluded.state',
        );
        for (const m of marks) upsert.run(sessionId, m.personId, m.day, m.state);
        touch(sessionId);
      });
    },

    setAgenda(sessionId: string, items: AgendaItem[]): void {
      require(sessionId);
      withTransaction(db, () => {
        db.prepare('DELETE FROM agenda_items WHERE session_id = ?').run(sessionId);
        const insert = db.prepare(
          'INSERT INTO agenda_items (id, session_id, position, kind, ref, title, day, start_time, minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        );
        items.forEach((item, position) =>
          insert.run(
            randomUUID(),
            sessionId,
            position,
            item.kind,
            item.ref,
            item.title,
            item.day,
            item.startTime,
            item.minutes,
          ),
        );
        touch(sessionId);
      });
    },

    /** Everyone on every workshop's register, with the workshop: what a certificate names. */
    registerEntries() {
      return db
        .prepare<
          [],
          {
            sessionId: string;
            sessionTitle: string;
            startDate: string;
            endDate: string;
            participantId: string;
            name: string;
            organisation: string;
          }
        >(
          `SELECT s.id AS sessionId, s.title AS sessionTitle, s.start_date AS startDate,
                  s.end_date AS endDate, p.id AS participantId, p.name, p.organisation
           FROM session_participants sp
           JOIN sessions s ON s.id = sp.session_id
           JOIN people p ON p.id = sp.person_id
           ORDER BY s.start_date DESC, s.title, p.name COLLATE NOCASE`,
        )
        .all();
    },

    /** People who look like the same person: same e-mail, or same name (ignoring accents and case) and country. */
    duplicates(): Participant[][] {
      const people = db
        .prepare<[], PersonRow>(
          'SELECT id, name, organisation, country, role, gender, email FROM people WHERE merged_into IS NULL ORDER BY created_at',
        )
        .all();
      const groups = new Map<string, PersonRow[]>();
      for (const p of people) {
        const keys = [
          `n:${normalise(p.name)}|${p.country}`,
          ...(p.email ? [`e:${p.email.toLowerCase()}`] : []),
        ];
        const key = keys.find((k) => groups.has(k)) ?? keys[0]!;
        for (const k of keys) if (!groups.has(k)) groups.set(k, groups.get(key) ?? []);
        const group = groups.get(key)!;
        group.push(p);
        for (const k of keys) groups.set(k, group);
      }
      return [...new Set(groups.values())]
        .filter((g) => g.length > 1)
        .map((g) => g.map(toParticipant));
    },

    /**
     * Changes a person's register details. Only the fields given change; the person is one row
     * across workshops, so every workshop they attend shows the edit.
     */
    updatePerson(personId: string, fields: ParticipantUpdate): Participant {
      const current = db
        .prepare<[string], PersonRow>(
          'SELECT id, name, organisation, country, role, gender, email FROM people WHERE id = ? AND merged_into IS NULL',
        )
        .get(personId);
      if (!current) throw new AppError('NOT_FOUND', `There is no participant ${personId}.`);
      const next: PersonRow = {
        ...current,
        ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
      };
      if (!isCountryCode(next.country))
        throw new AppError('VALIDATION', `country: ${next.country} is not a country code.`);
      db.prepare(
        'UPDATE people SET name = ?, organisation = ?, country = ?, role = ?, gender = ?, email = ? WHERE id = ?',
      ).run(
        next.name,
        next.organisation,
        next.country,
        next.role,
        next.gender,
        next.email,
        personId,
      );
      db.prepare(
        `UPDATE sessions SET updated_at = ? WHERE id IN
           (SELECT session_id FROM session_participants WHERE person_id = ?)`,
      ).run(new Date().toISOString(), personId);
      return toParticipant(next);
    },

    /** Folds one person into another: registers, attendance and attempts move; the merged row stays, marked. */
    merge(keepId: string, mergeId: string): void {
      if (keepId === mergeId)
        throw new AppError('VALIDATION', 'Choose two different people to merge.');
      const exists = db.prepare<[string], { id: string }>(
        'SELECT id FROM people WHERE id = ? AND merged_into IS NULL',
      );
      if (!exists.get(keepId) || !exists.get(mergeId))
        throw new AppError('NOT_FOUND', 'Both people must exist and not be merged already.');
      withTransaction(db, () => {
        db.prepare(
          'INSERT OR IGNORE INTO session_participants (session_id, person_id, added_at) SELECT session_id, ?, added_at FROM session_participants WHERE person_id = ?',
        ).run(keepId, mergeId);
        db.prepare('DELETE FROM session_participants WHERE person_id = ?').run(mergeId);
        db.prepare(
          'INSERT OR IGNORE INTO attendance (session_id, person_id, day, state) SELECT session_id, ?, day, state FROM attendance WHERE person_id = ?',
        ).run(keepId, mergeId);
        db.prepare('DELETE FROM attendance WHERE person_id = ?').run(mergeId);
        db.prepare('UPDATE attempts SET person_id = ? WHERE person_id = ?').run(keepId, mergeId);
        db.prepare('UPDATE people SET merged_into = ? WHERE id = ?').run(keepId, mergeId);
      });
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
