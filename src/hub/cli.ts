// npm run hub -- --data-dir <dir> [--port <n>] [--pack <dir|file>]
// npm run hub -- admin --data-dir <dir> <command…>   (see docs/HUB.md)
import { resolve, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createHubAdmin } from './admin';
import { readChapters } from './chapters';
import { openHub } from './hub';
import { startHubServer } from './http-server';

const USAGE = `Usage:
  npm run hub -- --data-dir <dir> [--port <n>] [--pack <pack folder or file>]
  npm run hub -- admin --data-dir <dir> org add <name>
  npm run hub -- admin --data-dir <dir> device add <organisation> <device name>
  npm run hub -- admin --data-dir <dir> device revoke <device id>
  npm run hub -- admin --data-dir <dir> grant <organisation> <checklist id> read|write
  npm run hub -- admin --data-dir <dir> ungrant <organisation> <checklist id>
  npm run hub -- admin --data-dir <dir> admin-token
  npm run hub -- admin --data-dir <dir> list`;

const root = join(import.meta.dirname, '..', '..');

async function admin(dataDir: string, words: string[]): Promise<string> {
  const hub = await openHub(dataDir);
  const client = await hub.owner();
  try {
    const a = createHubAdmin(client);
    const [w0, w1, w2, w3] = words;
    if (w0 === 'org' && w1 === 'add' && w2)
      return `Organisation ${w2}: ${await a.addOrganisation(w2)}`;
    if (w0 === 'device' && w1 === 'add' && w2 && w3) {
      const { id, token } = await a.addDevice(w2, w3);
      return `Device ${id} of ${w2}. Its token (shown only now; give it to the device's owner):\n${token}`;
    }
    if (w0 === 'device' && w1 === 'revoke' && w2) {
      await a.revokeDevice(w2);
      return `Device ${w2} revoked: its token no longer opens the hub.`;
    }
    if (w0 === 'grant' && w1 && w2 && (w3 === 'read' || w3 === 'write')) {
      await a.grant(w1, w2, w3);
      return `${w1} may now ${w3} checklist ${w2}.`;
    }
    if (w0 === 'ungrant' && w1 && w2) {
      await a.ungrant(w1, w2);
      return `${w1} no longer has access to checklist ${w2}.`;
    }
    if (w0 === 'admin-token')
      return `Admin token for the hub page (shown only now):\n${await a.newAdminToken()}`;
    if (w0 === 'list') return await a.list();
    throw new Error(`Unknown admin command: ${words.join(' ') || '(none)'}\n${USAGE}`);
  } finally {
    await client.end();
    await hub.close();
  }
}

async function serve(dataDir: string, port: number, pack: string): Promise<void> {
  const chapters = readChapters(pack);
  const hub = await openHub(dataDir);
  const server = await startHubServer({ pool: hub.app, chapters, port });
  console.log(`Hub listening at ${server.url}/ (data in ${dataDir}; page at ${server.url}/admin)`);
  const stop = async () => {
    await server.close();
    await hub.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '8790' },
      pack: { type: 'string', default: join(root, 'resources', 'packs', 'uncc') },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return console.log(USAGE);
  if (!values['data-dir']) throw new Error(`--data-dir is required.\n${USAGE}`);
  const dataDir = resolve(values['data-dir']);
  if (positionals[0] === 'admin') return console.log(await admin(dataDir, positionals.slice(1)));
  if (positionals.length > 0) throw new Error(`Unexpected ${positionals.join(' ')}.\n${USAGE}`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port ${values.port} is not a port number (0–65535).`);
  await serve(dataDir, port, resolve(values.pack));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
