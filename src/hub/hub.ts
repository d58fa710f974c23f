import pg from 'pg';
import { connection, prepareCluster, startCluster, stopCluster } from './cluster';
import { migrate } from './migrate';

/** bigint sequences fit in a double for the life of any hub; timestamps stay Dates. */
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export interface OpenHub {
  /** The pool the HTTP server uses: role hub_app, which owns nothing (RLS applies). */
  app: pg.Pool;
  /** A superuser connection for migrations and the admin commands. */
  owner(): Promise<pg.Client>;
  close(): Promise<void>;
}

/** Creates the cluster on first run, starts it unless already running, and migrates it. */
export async function openHub(dataDir: string): Promise<OpenHub> {
  await prepareCluster(dataDir);
  const { started } = await startCluster(dataDir);
  const owner = async () => {
    const client = new pg.Client(connection(dataDir, 'postgres'));
    await client.connect();
    return client;
  };
  try {
    const client = await owner();
    try {
      await migrate(client);
    } finally {
      await client.end();
    }
  } catch (error) {
    if (started) await stopCluster(dataDir);
    throw error;
  }
  const app = new pg.Pool({ ...connection(dataDir, 'hub_app'), max: 8 });
  // An idle connection the cluster drops (a restart by its administrator) is replaced on the
  // next request; without a listener the pool would throw it and take the hub down.
  app.on('error', (error) =>
    console.warn(`Hub: an idle database connection closed: ${error.message}`),
  );
  return {
    app,
    owner,
    async close() {
      await endPool(app);
      if (started) await stopCluster(dataDir);
    },
  };
}

/**
 * Ends the pool and waits until each of its connections has closed: `Pool.end` resolves once
 * they are asked to, and a cluster stopped before they finish would end them itself, which
 * each reports as an error.
 */
async function endPool(pool: pg.Pool): Promise<void> {
  let open = pool.totalCount;
  const closed = new Promise<void>((resolve) => {
    if (open === 0) resolve();
    pool.on('remove', () => {
      if (--open === 0) resolve();
    });
  });
  await pool.end();
  await closed;
}
