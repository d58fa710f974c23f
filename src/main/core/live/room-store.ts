import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../../shared/live/protocol';
import type { LiveCursor, LiveRoomOptions } from '../../../shared/live/facilitator';
import { withTransaction, type Db } from '../db/connection';

export interface RoomRow {
  id: string;
  kind: 'quiz' | 'vote';
  sessionId: string | null;
  assessmentId: string | null;
  quizId: string | null;
  code: string;
  options: LiveRoomOptions;
  cursor: LiveCursor;
  openedAt: string;
  closedAt: string | null;
}

export interface ParticipantRow {
  id: string;
  roomId: string;
  name: string;
  personIds: string[];
  status: 'approved' | 'pending' | 'refused';
  joinedAt: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Every SQL statement of the live room, prepared once. */
export function createRoomStore(db: Db) {
  const roomById = db.prepare<[string], Record<string, string | null>>(
    'SELECT * FROM live_rooms WHERE id = ?',
  );
  const participantsOf = db.prepare<[string], Record<string, string>>(
    'SELECT * FROM live_participants WHERE room_id = ? ORDER BY joined_at',
  );
  const participantById = db.prepare<[string], Record<string, string>>(
    'SELECT * FROM live_participants WHERE id = ?',
  );
  const participantCount = db
    .prepare<[string], number>('SELECT count(*) FROM live_participants WHERE room_id = ?')
    .pluck();
  const personResponse = db.prepare<
    [string, string, string],
    { personId: string; answer: string; credit: number }
  >(
    `SELECT la.person_id AS personId, r.answer, r.credit FROM live_attempts la
     JOIN responses r ON r.attempt_id = la.attempt_id
     WHERE la.room_id = ? AND la.person_id = ? AND r.question_id = ?`,
  );
  const participantByToken = db.prepare<[string], Record<string, string>>(
    'SELECT p.* FROM live_participants p JOIN live_rooms r ON r.id = p.room_id WHERE p.token_hash = ? AND r.closed_at IS NULL',
  );
  const attemptOf = db
    .prepare<[string, string], string>(
      'SELECT attempt_id FROM live_attempts WHERE room_id = ? AND person_id = ?',
    )
    .pluck();
  const optionOrderOf = db
    .prepare<[string, string], string>(
      `SELECT a.option_order FROM live_attempts la JOIN attempts a ON a.id = la.attempt_id
       WHERE la.room_id = ? AND la.person_id = ?`,
    )
    .pluck();
  const insertParticipant = db.prepare(
    'INSERT INTO live_participants (id, room_id, token_hash, name, person_ids, status, joined_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertAttempt = db.prepare(
    'INSERT INTO live_attempts (room_id, person_id, attempt_id) VALUES (?, ?, ?)',
  );
  const roomResponses = db.prepare<
    [string, string],
    { personId: string; answer: string; credit: number }
  >(
    `SELECT la.person_id AS personId, r.answer, r.credit FROM live_attempts la
     JOIN responses r ON r.attempt_id = la.attempt_id
     WHERE la.room_id = ? AND r.question_id = ?`,
  );
  const answered = db.prepare<[string, string, string], 1>(
    `SELECT 1 FROM live_attempts la JOIN responses r ON r.attempt_id = la.attempt_id
     WHERE la.room_id = ? AND la.person_id = ? AND r.question_id = ?`,
  );

  const toRoom = (r: Record<string, string | null>): RoomRow => ({
    id: r.id!,
    kind: r.kind as RoomRow['kind'],
    sessionId: r.session_id ?? null,
    assessmentId: r.assessment_id ?? null,
    quizId: r.quiz_id ?? null,
    code: r.code!,
    options: JSON.parse(r.options!) as LiveRoomOptions,
    cursor: JSON.parse(r.cursor!) as LiveCursor,
    openedAt: r.opened_at!,
    closedAt: r.closed_at ?? null,
  });
  const toParticipant = (r: Record<string, string>): ParticipantRow => ({
    id: r.id!,
    roomId: r.room_id!,
    name: r.name!,
    personIds: JSON.parse(r.person_ids!) as string[],
    status: r.status as ParticipantRow['status'],
    joinedAt: r.joined_at!,
  });

  /** A code no open room uses; 25^6 ≈ 244 million codes against rate-limited guessing. */
  function freeCode(): string {
    for (;;) {
      let code = '';
      for (let i = 0; i < JOIN_CODE_LENGTH; i++)
        code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
      if (!db.prepare('SELECT 1 FROM live_rooms WHERE code = ? AND closed_at IS NULL').get(code))
        return code;
    }
  }

  return {
    room(id: string): RoomRow | null {
      const row = roomById.get(id);
      return row ? toRoom(row) : null;
    },

    rooms(filter: { sessionId?: string | undefined; assessmentId?: string | undefined }) {
      return db
        .prepare<[{ s: string | null; a: string | null }], Record<string, string | null>>(
          `SELECT * FROM live_rooms WHERE (@s IS NULL OR session_id = @s) AND (@a IS NULL OR assessment_id = @a)
           ORDER BY opened_at DESC LIMIT 50`,
        )
        .all({ s: filter.sessionId ?? null, a: filter.assessmentId ?? null })
        .map(toRoom);
    },

    createRoom(fields: Omit<RoomRow, 'id' | 'code' | 'openedAt' | 'closedAt' | 'cursor'>): RoomRow {
      const id = randomUUID();
      withTransaction(db, () =>
        db
          .prepare(
            'INSERT INTO live_rooms (id, kind, session_id, assessment_id, quiz_id, code, options, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          )
          .run(
            id,
            fields.kind,
            fields.sessionId,
            fields.assessmentId,
            fields.quizId,
            freeCode(),
            JSON.stringify(fields.options),
            new Date().toISOString(),
          ),
      );
      return this.room(id)!;
    },

    setCursor(roomId: string, cursor: LiveCursor): void {
      db.prepare('UPDATE live_rooms SET cursor = ? WHERE id = ?').run(
        JSON.stringify(cursor),
        roomId,
      );
    },

    setOptions(roomId: string, options: LiveRoomOptions): void {
      db.prepare('UPDATE live_rooms SET options = ? WHERE id = ?').run(
        JSON.stringify(options),
        roomId,
      );
    },

    /** Closing keeps everything but frees the code; reopening takes the code back if still free. */
    setClosed(roomId: string, closed: boolean): void {
      if (closed) {
        db.prepare('UPDATE live_rooms SET closed_at = ? WHERE id = ?').run(
          new Date().toISOString(),
          roomId,
        );
        return;
      }
      withTransaction(db, () => {
        const code = roomById.get(roomId)!.code!;
        const taken = db
          .prepare('SELECT 1 FROM live_rooms WHERE code = ? AND closed_at IS NULL AND id <> ?')
          .get(code, roomId);
        db.prepare('UPDATE live_rooms SET closed_at = NULL, code = ? WHERE id = ?').run(
          taken ? freeCode() : code,
          roomId,
        );
      });
    },

    participants: (roomId: string) => participantsOf.all(roomId).map(toParticipant),
    participant(id: string): ParticipantRow | null {
      const row = participantById.get(id);
      return row ? toParticipant(row) : null;
    },
    participantCount: (roomId: string) => participantCount.get(roomId) ?? 0,
    /** One person's answer to one question in this room. */
    response: (roomId: string, personId: string, questionId: string) =>
      personResponse.get(roomId, personId, questionId),

    /** A new participant and the token their browser keeps; only its hash is stored. */
    addParticipant(
      roomId: string,
      name: string,
      personIds: string[],
      status: ParticipantRow['status'],
    ): { participantId: string; token: string } {
      const token = randomBytes(32).toString('base64url');
      const participantId = randomUUID();
      insertParticipant.run(
        participantId,
        roomId,
        hashToken(token),
        name,
        JSON.stringify(personIds),
        status,
        new Date().toISOString(),
      );
      return { participantId, token };
    },

    byToken(token: string): ParticipantRow | null {
      const row = participantByToken.get(hashToken(token));
      return row ? toParticipant(row) : null;
    },

    setParticipant(participantId: string, status: ParticipantRow['status'], personIds: string[]) {
      db.prepare('UPDATE live_participants SET status = ?, person_ids = ? WHERE id = ?').run(
        status,
        JSON.stringify(personIds),
        participantId,
      );
    },

    attemptOf: (roomId: string, personId: string) => attemptOf.get(roomId, personId) ?? null,
    linkAttempt: (roomId: string, personId: string, attemptId: string) =>
      insertAttempt.run(roomId, personId, attemptId),
    /** The room's attempts that have at least one answer. */
    answeredAttemptIds: (roomId: string) =>
      db
        .prepare<[string], string>(
          `SELECT attempt_id FROM live_attempts la WHERE room_id = ?
           AND EXISTS (SELECT 1 FROM responses r WHERE r.attempt_id = la.attempt_id)`,
        )
        .pluck()
        .all(roomId),
    /** The option order a person's attempt in this room shows, null before it starts. */
    optionOrder(roomId: string, personId: string): Record<string, string[]> | null {
      const text = optionOrderOf.get(roomId, personId);
      return text ? (JSON.parse(text) as Record<string, string[]>) : null;
    },
    hasAnswered: (roomId: string, personId: string, questionId: string) =>
      answered.get(roomId, personId, questionId) !== undefined,
    responses: (roomId: string, questionId: string) => roomResponses.all(roomId, questionId),
    /** Each person's total credit in the room, for the leaderboard. */
    totals: (roomId: string) =>
      db
        .prepare<[string], { personId: string; total: number }>(
          `SELECT la.person_id AS personId, coalesce(sum(r.credit), 0) AS total FROM live_attempts la
           LEFT JOIN responses r ON r.attempt_id = la.attempt_id WHERE la.room_id = ? GROUP BY la.person_id`,
        )
        .all(roomId),

    createPoll(
      sessionId: string,
      prompt: string,
      type: 'choice' | 'words',
      options: { id: string; text: string }[],
    ): string {
      const id = randomUUID();
      db.prepare(
        'INSERT INTO polls (id, session_id, prompt, type, options, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(id, sessionId, prompt, type, JSON.stringify(options), new Date().toISOString());
      return id;
    },
    closePoll: (pollId: string) =>
      db
        .prepare('UPDATE polls SET closed_at = coalesce(closed_at, ?) WHERE id = ?')
        .run(new Date().toISOString(), pollId),
    poll(pollId: string) {
      const r = db
        .prepare<
          [string],
          {
            id: string;
            session_id: string;
            prompt: string;
            type: 'choice' | 'words';
            options: string;
            created_at: string;
            closed_at: string | null;
          }
        >('SELECT * FROM polls WHERE id = ?')
        .get(pollId);
      return r
        ? {
            id: r.id,
            sessionId: r.session_id,
            prompt: r.prompt,
            type: r.type,
            options: JSON.parse(r.options) as { id: string; text: string }[],
            createdAt: r.created_at,
            closedAt: r.closed_at,
          }
        : null;
    },
    pollIds: (sessionId: string) =>
      db
        .prepare<[string], string>('SELECT id FROM polls WHERE session_id = ? ORDER BY created_at')
        .pluck()
        .all(sessionId),
    /** Records a poll answer once; false when this participant already answered. */
    answerPoll: (pollId: string, participantId: string, answer: unknown): boolean =>
      db
        .prepare(
          'INSERT OR IGNORE INTO poll_answers (poll_id, participant_id, answer, answered_at) VALUES (?, ?, ?, ?)',
        )
        .run(pollId, participantId, JSON.stringify(answer), new Date().toISOString()).changes === 1,
    pollAnswers: (pollId: string) =>
      db
        .prepare<[string], { participantId: string; answer: string }>(
          'SELECT participant_id AS participantId, answer FROM poll_answers WHERE poll_id = ?',
        )
        .all(pollId)
        .map((a) => ({ participantId: a.participantId, answer: JSON.parse(a.answer) as unknown })),

    /** A vote may be changed until the facilitator closes the item. */
    vote: (
      roomId: string,
      itemId: string,
      participantId: string,
      result: string,
      comment: string,
    ) =>
      db
        .prepare(
          `INSERT INTO votes (room_id, item_id, participant_id, result, comment, voted_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT(room_id, item_id, participant_id) DO UPDATE SET result = excluded.result, comment = excluded.comment, voted_at = excluded.voted_at`,
        )
        .run(roomId, itemId, participantId, result, comment, new Date().toISOString()),
    votes: (roomId: string, itemId: string) =>
      db
        .prepare<
          [string, string],
          { participantId: string; name: string; result: string; comment: string }
        >(
          `SELECT v.participant_id AS participantId, p.name, v.result, v.comment FROM votes v
           JOIN live_participants p ON p.id = v.participant_id
           WHERE v.room_id = ? AND v.item_id = ? ORDER BY v.voted_at`,
        )
        .all(roomId, itemId),
    /** The reason recorded beside a history batch (the vote counts behind an adopted result). */
    noteHistoryBatch: (batch: string, note: string) =>
      db.prepare('UPDATE assessment_history SET note = ? WHERE batch = ?').run(note, batch),
  };
}

export type RoomStore = ReturnType<typeof createRoomStore>;
