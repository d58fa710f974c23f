import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';

const MIGRATIONS = join(import.meta.dirname, 'migrations');

/** Applies the numbered SQL files not yet applied, each in its own transaction, in order. */
export async function migrate(client: pg.ClientBase): Promise<string[]> {
  await client.query(`CREATE TABLE IF NOT EXISTS hub_migrations (
    version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const done = new Set(
    (await client.query<{ version: number }>('SELECT version FROM hub_migrations')).rows.map(
      (r) => r.version,
    ),
  );
  const files = readdirSync(MIGRATIONS)
    .filter((f) => /^\d{4}-[a-z0-9-]+\.sql$/.test(f))
    .sort();
  const newest = Math.max(0, ...files.map((f) => Number(f.slice(0, 4))));
  const unknown = [...done].filter((v) => v > newest);
  if (unknown.length > 0)
    throw new Error(
      `This hub database has migration ${Math.max(...unknown)}, newer than this hub knows (${newest}): run a newer hub.`,
    );
  const applied: string[] = [];
  for (const file of files) {
    const version = Number(file.slice(0, 4));
    if (done.has(version)) continue;
    await client.query('BEGIN');
    try {
      await client.query(readFileSync(join(MIGRATIONS, file), 'utf8'));
      await client.query('INSERT INTO hub_migrations (version, name) VALUES ($1, $2)', [
        version,
        file.slice(5, -4),
      ]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw new Error(`Hub migration ${file} failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
    applied.push(file);
  }
  return applied;
}
