// The live room: participants answering from their own devices. A room, its participants
// (tokens stored hashed), where the facilitator is (so a restarted app resumes there), quick
// polls kept with the workshop, and validation votes on checklist items. Quiz answers given in
// a room are ordinary attempts and responses, so results and reports need nothing new.
export default {
  version: 70,
  name: 'live',
  sql: /* sql */ `
    CREATE TABLE live_rooms (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('quiz','vote')),
      session_id TEXT REFERENCES sessions(id),
      assessment_id TEXT REFERENCES assessments(id),
      quiz_id TEXT,
      code TEXT NOT NULL,
      options TEXT NOT NULL DEFAULT '{}',
      cursor TEXT NOT NULL DEFAULT '{"kind":"lobby"}',
      opened_at TEXT NOT NULL,
      closed_at TEXT,
      CHECK ((kind = 'quiz' AND session_id IS NOT NULL) OR (kind = 'vote' AND assessment_id IS NOT NULL))
    ) STRICT;
    CREATE UNIQUE INDEX live_rooms_open_code ON live_rooms(code) WHERE closed_at IS NULL;

    CREATE TABLE live_participants (
      id TEXT PRIMARY KEY,
      room_id TEXT NOT NULL REFERENCES live_rooms(id),
      token_hash TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      person_ids TEXT NOT NULL DEFAULT '[]',
      status TEXT NOT NULL CHECK (status IN ('approved','pending','refused')),
      joined_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX live_participants_by_room ON live_participants(room_id);

    -- The attempt each register person answers into, one per room, so answers land as ordinary attempts.
    CREATE TABLE live_attempts (
      room_id TEXT NOT NULL REFERENCES live_rooms(id),
      person_id TEXT NOT NULL REFERENCES people(id),
      attempt_id TEXT NOT NULL REFERENCES attempts(id),
      PRIMARY KEY (room_id, person_id)
    ) STRICT;

    CREATE TABLE polls (
      id TEXT PRIMARY KEY,
      session_id TEXT NOT NULL REFERENCES sessions(id),
      prompt TEXT NOT NULL,
      type TEXT NOT NULL CHECK (type IN ('choice','words')),
      options TEXT NOT NULL DEFAULT '[]',
      created_at TEXT NOT NULL,
      closed_at TEXT
    ) STRICT;
    CREATE INDEX polls_by_session ON polls(session_id, created_at);

    CREATE TABLE poll_answers (
      poll_id TEXT NOT NULL REFERENCES polls(id),
      participant_id TEXT NOT NULL REFERENCES live_participants(id),
      answer TEXT NOT NULL,
      answered_at TEXT NOT NULL,
      PRIMARY KEY (poll_id, participant_id)
    ) STRICT;

    CREATE TABLE votes (
      room_id TEXT NOT NULL REFERENCES live_rooms(id),
      item_id TEXT NOT NULL REFERENCES assessment_items(id),
      participant_id TEXT NOT NULL REFERENCES live_participants(id),
      result TEXT NOT NULL,
      comment TEXT NOT NULL DEFAULT '',
      voted_at TEXT NOT NULL,
      PRIMARY KEY (room_id, item_id, participant_id)
    ) STRICT;

    -- Why a change was made, when more than who and when: the vote counts behind an adopted result.
    ALTER TABLE assessment_history ADD COLUMN note TEXT;
  `,
};
