// better-sqlite3 for the core's own modules, required rather than imported: it is a CommonJS
// package, and an ES import of one makes Node scan its source for export names first, which
// took ~10 ms of the core thread's start (measured in a worker: 98 ms to a message with the
// import, 88 ms with require, 82 ms without SQLite).
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

export const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
