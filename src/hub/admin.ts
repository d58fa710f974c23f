import type pg from 'pg';
import { newToken, tokenHash } from './store';

/** The administrator's commands, run as the cluster's superuser over the local socket. */
export function createHubAdmin(db: pg.ClientBase) {
  async function orgId(name: string): Promise<string> {
    const row = (
      await db.query<{ id: string }>('SELECT id FROM organisations WHERE name = $1', [name])
    ).rows[0];
    if (!row) throw new Error(`There is no organisation "${name}" (see: admin list).`);
    return row.id;
  }

  return {
    async addOrganisation(name: string): Promise<string> {
      const { rows } = await db.query<{ id: string }>(
        'INSERT INTO organisations (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING id',
        [name],
      );
      if (!rows[0]) throw new Error(`An organisation "${name}" already exists.`);
      return rows[0].id;
    },

    /** A new device of an organisation; its token is returned here and never again. */
    async addDevice(organisation: string, name: string): Promise<{ id: string; token: string }> {
      const token = newToken();
      const { rows } = await db.query<{ id: string }>(
        'INSERT INTO devices (org_id, name, token_hash) VALUES ($1, $2, $3) RETURNING id',
        [await orgId(organisation), name, tokenHash(token)],
      );
      return { id: rows[0]!.id, token };
    },

    async revokeDevice(id: string): Promise<void> {
      const { rowCount } = await db.query(
        'UPDATE devices SET revoked_at = now() WHERE id::text = $1 AND revoked_at IS NULL',
        [id],
      );
      if (!rowCount) throw new Error(`There is no active device ${id} (see: admin list).`);
    },

    async grant(
      organisation: string,
      checklistId: string,
      access: 'read' | 'write',
    ): Promise<void> {
      await db.query(
        `INSERT INTO grants (org_id, checklist_id, access) VALUES ($1, $2, $3)
         ON CONFLICT (org_id, checklist_id) DO UPDATE SET access = excluded.access, granted_at = now()`,
        [await orgId(organisation), checklistId, access],
      );
    },

    async ungrant(organisation: string, checklistId: string): Promise<void> {
      await db.query('DELETE FROM grants WHERE org_id = $1 AND checklist_id = $2', [
        await orgId(organisation),
        checklistId,
      ]);
    },

    /** A token for the read-only hub page. */
    async newAdminToken(): Promise<string> {
      const token = newToken();
      await db.query('INSERT INTO admin_tokens (token_hash) VALUES ($1)', [tokenHash(token)]);
      return token;
    },

    async list(): Promise<string> {
      const orgs = await db.query<{ id: string; name: string }>(
        'SELECT id, name FROM organisations ORDER BY name',
      );
      const lines: string[] = [];
      for (const org of orgs.rows) {
        lines.push(`${org.name}`);
        const devices = await db.query<{ id: string; name: string; revoked_at: Date | null }>(
          'SELECT id, name, revoked_at FROM devices WHERE org_id = $1 ORDER BY created_at',
          [org.id],
        );
        for (const d of devices.rows)
          lines.push(
            `  device ${d.id}  ${d.name}${d.revoked_at ? `  (revoked ${d.revoked_at.toISOString()})` : ''}`,
          );
        const grants = await db.query<{ checklist_id: string; access: string }>(
          'SELECT checklist_id, access FROM grants WHERE org_id = $1 ORDER BY checklist_id',
          [org.id],
        );
        for (const g of grants.rows) lines.push(`  ${g.access.padEnd(5)} ${g.checklist_id}`);
      }
      return lines.length ? lines.join('\n') : 'No organisations yet (admin org add <name>).';
    },
  };
}
export type HubAdmin = ReturnType<typeof createHubAdmin>;
