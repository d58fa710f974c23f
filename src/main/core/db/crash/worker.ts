// The crash test's victim, run as its own process (node --import tsx): it opens the data
// folder with the real core and loops over bulk checklist edits, a pack update, a backup and a
// restore, printing each step before it starts and again once it has committed. The parent
// kills it with SIGKILL at random moments.
import { join } from 'node:path';
import type { Input, Output } from '../../../../shared/api/contract';
import type { MethodName } from '../../../../shared/api/methods';
import { readPackDirectory } from '../../content/pack-files';
import { toPackFile } from '../../content/pack-files';
import { BUNDLED_PACK_ID, createWorkbench } from '../../workbench';
import { signPackHash } from '../../content/pack-signature';
import { TEST_PUBLISHER } from '../../testing/test-publisher';
import { groupOf, type WorkerLine, type WorkerOp } from './protocol';

const [dataDir, resourcesDir, assessmentId] = process.argv.slice(2) as [string, string, string];
const say = (line: WorkerLine) => process.stdout.write(`${JSON.stringify(line)}\n`);

const workbench = await createWorkbench({
  dataDir,
  resourcesDir,
  shell: 'browser',
  appVersion: 'crash-test',
  trustedPublishers: [TEST_PUBLISHER.publisher],
});

async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const answer = await workbench.dispatch(method, input);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.code} ${answer.error.message}`);
  return answer.data as Output<M>;
}

const status = workbench.status();
say(
  status.state === 'ready'
    ? { t: 'ready', state: 'ready' }
    : { t: 'ready', state: status.state, message: status.message },
);
if (status.state !== 'ready') process.exit(0);

const pack = readPackDirectory(join(resourcesDir, 'packs', BUNDLED_PACK_ID));
const groups: string[][] = [];
for (const [index, item] of (await call('assessments.get', { id: assessmentId })).items.entries())
  (groups[groupOf(index)] ??= []).push(item.id);

const nextVersion = async () => {
  const installed = (await call('packs.list', {})).find((p) => p.id === BUNDLED_PACK_ID)!;
  return installed.version.replace(/\d+$/, (n) => String(Number(n) + 1));
};

let n = 0;
async function step(op: WorkerOp, run: () => Promise<string | undefined>): Promise<void> {
  n += 1;
  say({ t: 'begin', n, step: op });
  try {
    const file = await run();
    say({ t: 'ack', n, step: op, ...(file ? { file } : {}) });
  } catch (error) {
    say({ t: 'error', n, step: op, message: (error as Error).message });
    process.exit(1);
  }
}

const bulk = (group: number) => {
  const value = `v${process.pid}-${n + 1}`;
  return step({ op: 'bulk', group, value }, async () => {
    await call('assessments.bulkUpdate', {
      assessmentId,
      itemIds: groups[group]!,
      fields: { agency: value },
    });
    return undefined;
  });
};

for (let round = 0; ; round++) {
  for (let i = 0; i < 3; i++) await bulk((round * 3 + i) % groups.length);
  const version = await nextVersion();
  await step({ op: 'pack', version }, async () => {
    const manifest = { ...pack.manifest, version };
    // Updates of the bundled pack must be signed by its publisher (here, the tests').
    const file = toPackFile({ ...pack, manifest });
    const text = JSON.stringify({
      ...file,
      signature: signPackHash(file.contentHash, TEST_PUBLISHER.key),
    });
    await call('packs.import', {
      fileName: 'uncc.cwpack.json',
      contentBase64: Buffer.from(text).toString('base64'),
    });
    return undefined;
  });
  await step({ op: 'backup' }, async () => (await call('system.backup', {})).file);
  await bulk((round * 3 + 3) % groups.length);
  await step({ op: 'restore' }, async () => {
    await call('system.restoreBackup', {});
    return undefined;
  });
}
