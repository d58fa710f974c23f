import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Writes a database whose one index disagrees with its table: its rows still read, and
 * quick_check passes, but integrity_check reports "row 1 missing from index". Damage that only
 * the full check finds, made by changing the indexed value's bytes in the index page alone.
 */
export function writeDatabaseWithDamagedIndex(file: string): void {
  const db = new Database(file);
  db.exec("CREATE TABLE t(a); CREATE INDEX t_a ON t(a); INSERT INTO t VALUES ('indexed-value-1');");
  const root = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 't_a'").pluck().get();
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const bytes = readFileSync(file);
  const page = bytes.subarray(((root as number) - 1) * pageSize, (root as number) * pageSize);
  const at = page.indexOf('indexed-value-1');
  if (at < 0) throw new Error('the indexed value was not found in the index page');
  page.write('indexed-value-2', at);
  writeFileSync(file, bytes);
}
