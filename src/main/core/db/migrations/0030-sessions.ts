// Training sessions: people (one person across workshops), registers, attendance, agenda,
// custom quizzes, and attempts saved answer by answer so nothing is lost mid-quiz.
export default {
  version: 30,
  name: 'sessions',
  sql: /* sql */ `
    CREATE TABLE people (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      organisation TEXT NOT NULL DEFAULT '',
      country TEXT NOT NULL CHECK (length(country) = 2),
      role TEXT NOT NULL DEFAULT '',
      gender TEXT CHECK (gender IN ('female','male','other','undisclosed')),
      email TEXT,
      merged_into TEXT REFERENCES people(id),
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX people_by_email ON people(lower(email));

    CREATE TABLE sessions (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL CHECK (end_date >= start_date),
      place TEXT NOT NULL DEFAULT '',
      organiser TEXT NOT NULL DEFAULT '',
      facilitators TEXT NOT NULL DEFAULT '[]',
      language TEXT NOT NULL DEFAULT 'en',
      audience TEXT NOT NULL DEFAULT '',
      countries TEXT NOT NULL DEFAULT '[]',
      notes TEXT NOT NULL DEFAULT '',
      pre_quiz_id TEXT,
      post_quiz_id TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE session_participants (
      session_id TEXT NOT NULL REFERENCES sessions(id),
      person_id TEXT NOT NULL REFERENCES people(id),
      added_at TEXT NOT NULL,
      PRIMARY KEY (session_id, person_id)
    ) STRICT;

    CREATE TABLE attendance (
      session_id TEXT NOT NULL REFERENCES sessions(id),
      person_id TEXT NOT NULL REFERENCES people(id),
      day TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('present','absent','partly')),
      PRIMARY KEY (session_id, person_id, day)
    ) STRICT;

    CREATE TABLE agenda_items (
      id TEXT PRIMARY KEY,
      session_id TEXT NOT NULL REFERENCES sessions(id),
      position INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('article','chapter','quiz','break','discussion')),
      ref TEXT,
      title TEXT NOT NULL DEFAULT '',
      day TEXT,
      start_time TEXT,
      minutes INTEGER
    ) STRICT;
    CREATE INDEX agenda_by_session ON agenda_items(session_id, position);

    CREATE TABLE custom_quizzes (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      kind TEXT NOT NULL,
      description TEXT,
      questions TEXT NOT NULL,
      shuffle_questions INTEGER NOT NULL DEFAULT 0,
      shuffle_options INTEGER NOT NULL DEFAULT 0,
      time_limit_minutes INTEGER,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE attempts (
      id TEXT PRIMARY KEY,
      session_id TEXT NOT NULL REFERENCES sessions(id),
      person_id TEXT NOT NULL REFERENCES people(id),
      quiz_id TEXT NOT NULL,
      question_ids TEXT NOT NULL,
      started_at TEXT NOT NULL,
      finished_at TEXT,
      score REAL
    ) STRICT;
    CREATE INDEX attempts_by_session ON attempts(session_id, quiz_id, person_id);

    CREATE TABLE responses (
      attempt_id TEXT NOT NULL REFERENCES attempts(id),
      question_id TEXT NOT NULL REFERENCES questions(id),
      answer TEXT NOT NULL,
      credit REAL NOT NULL,
      answered_at TEXT NOT NULL,
      PRIMARY KEY (attempt_id, question_id)
    ) STRICT;
  `,
};
