import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Input, Output } from '../../../../shared/api/contract';
import type { MethodName } from '../../../../shared/api/methods';
import {
  BUNDLED_PACK_ID,
  createWorkbench,
  DATABASE_FILE_NAME,
  type Workbench,
} from '../../workbench';
import { TEST_PUBLISHER } from '../../testing/test-publisher';
import { listBackups } from '../backup';
import { groupOf, GROUPS, type WorkerLine, type WorkerOp } from './protocol';

const WORKER = join(import.meta.dirname, 'worker.ts');
const ROOT = join(import.meta.dirname, '..', '..', '..', '..', '..');
const KINDS = ['bulk', 'pack', 'backup', 'restore'] as const;
type Kind = (typeof KINDS)[number];

export interface CrashOptions {
  rounds: number;
  dataDir: string;
  resourcesDir: string;
  /** Checklists filled with long evidence, so a backup takes long enough to be cut. */
  paddingChecklists: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface CrashReport {
  seed: number;
  rounds: number;
  kills: number;
  /** What the worker was doing when it was killed. */
  killedDuring: Record<Kind | 'start' | 'between', number>;
  acknowledgedWrites: number;
  lostWrites: number;
  halfWritten: number;
  integrityFailures: number;
  badRestores: number;
  workerErrors: string[];
  databaseBytes: number;
}

/** The data the test can see: the value of each group of items, and the pack version. */
interface Snapshot {
  groups: string[];
  pack: string;
}

/** A small, seedable generator: the order of kill targets can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function call<M extends MethodName>(
  workbench: Workbench,
  method: M,
  input: Input<M>,
): Promise<Output<M>> {
  const answer = await workbench.dispatch(method, input);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.code} ${answer.error.message}`);
  return answer.data as Output<M>;
}

/** Reads what the database holds; a group whose items disagree was half-written. */
async function readState(
  workbench: Workbench,
  assessmentId: string,
): Promise<{ snapshot: Snapshot; halfWritten: number }> {
  const values: Set<string>[] = Array.from({ length: GROUPS }, () => new Set());
  const { items } = await call(workbench, 'assessments.get', { id: assessmentId });
  items.forEach((item, index) => values[groupOf(index)]!.add(item.agency));
  const pack = (await call(workbench, 'packs.list', {})).find((p) => p.id === BUNDLED_PACK_ID);
  return {
    snapshot: { groups: values.map((v) => [...v].sort().join('|')), pack: pack?.version ?? '' },
    halfWritten: values.filter((v) => v.size > 1).length,
  };
}

const same = (a: Snapshot, b: Snapshot) =>
  a.pack === b.pack && a.groups.every((g, i) => g === b.groups[i]);

/** Backup names sort by the time they were made. */
const newest = (snapshots: Map<string, Snapshot>) => [...snapshots.keys()].sort().at(-1)!;

/**
 * Kills a worker that edits, imports, backs up and restores, over and over, and after each
 * kill checks the data folder with the real core: the database opens (integrity_check), every
 * write the worker acknowledged is there (at most the one in flight may or may not be),
 * no bulk edit is half there, and restoring the newest backup gives exactly what that backup
 * was made from.
 */
export async function runCrashTest(options: CrashOptions): Promise<CrashReport> {
  const seed = options.seed ?? Date.now() % 1_000_000;
  const rand = random(seed);
  const log = options.log ?? (() => {});
  const { dataDir, resourcesDir } = options;
  const backupDir = join(dataDir, 'backups');
  const open = () =>
    createWorkbench({
      dataDir,
      resourcesDir,
      shell: 'browser',
      appVersion: 'crash-test',
      trustedPublishers: [TEST_PUBLISHER.publisher],
    });

  // Seed: the tracked checklist, padding, and a first backup.
  let workbench = await open();
  const { id: assessmentId } = await call(workbench, 'assessments.create', {
    country: 'VN',
    title: 'Tracked',
  });
  for (let i = 0; i < options.paddingChecklists; i++) {
    const { id } = await call(workbench, 'assessments.create', {
      country: 'KE',
      title: `Pad ${i}`,
    });
    const { items } = await call(workbench, 'assessments.get', { id });
    const evidence = `Padding ${i}. `.padEnd(12_000, 'Evidence gathered from the national law. ');
    await call(workbench, 'assessments.bulkUpdate', {
      assessmentId: id,
      itemIds: items.map((item) => item.id),
      fields: { evidence },
    });
  }
  const first = await call(workbench, 'system.backup', {});
  let model = (await readState(workbench, assessmentId)).snapshot;
  // A copy: `model` is edited in place as acknowledgements arrive; the backup's record must not move with it.
  const snapshots = new Map<string, Snapshot>([[first.file, structuredClone(model)]]);
  workbench.close();
  const databaseBytes = statSync(join(dataDir, DATABASE_FILE_NAME)).size;
  log(`database ${(databaseBytes / 1e6).toFixed(1)} MB, seed ${seed}`);

  const report: CrashReport = {
    seed,
    rounds: 0,
    kills: 0,
    killedDuring: { bulk: 0, pack: 0, backup: 0, restore: 0, start: 0, between: 0 },
    acknowledgedWrites: 0,
    lostWrites: 0,
    halfWritten: 0,
    integrityFailures: 0,
    badRestores: 0,
    workerErrors: [],
    databaseBytes,
  };
  // How long each kind of step takes, learnt as the test runs: kills land inside the step.
  const durations: Record<Kind, number> = { bulk: 50, pack: 1500, backup: 400, restore: 800 };

  for (let round = 1; round <= options.rounds; round++) {
    const target = KINDS[(round - 1) % KINDS.length]!;
    let inflight: { step: WorkerOp; before: Snapshot; at: number } | null = null;
    let ready = false;
    let killTimer: NodeJS.Timeout | undefined;

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', WORKER, dataDir, resourcesDir, assessmentId],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const kill = () => child.kill('SIGKILL');
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));

    for await (const text of createInterface({ input: child.stdout })) {
      const line = JSON.parse(text) as WorkerLine;
      if (line.t === 'ready') {
        ready = true;
        if (line.state !== 'ready') {
          report.integrityFailures += 1;
          log(`round ${round}: the worker found the database in ${line.state}: ${line.message}`);
        }
      } else if (line.t === 'begin') {
        inflight = { step: line.step, before: structuredClone(model), at: Date.now() };
        if (line.step.op === target && !killTimer)
          killTimer = setTimeout(kill, rand() * durations[target] * 1.2);
      } else if (line.t === 'ack') {
        const { step } = line;
        durations[step.op] = (durations[step.op] + (Date.now() - inflight!.at)) / 2;
        if (step.op === 'bulk') model.groups[step.group] = step.value;
        if (step.op === 'pack') model.pack = step.version;
        if (step.op === 'backup') snapshots.set(line.file!, structuredClone(model));
        if (step.op === 'restore') model = structuredClone(snapshots.get(newest(snapshots))!);
        if (step.op === 'bulk' || step.op === 'pack') report.acknowledgedWrites += 1;
        inflight = null;
      } else {
        report.workerErrors.push(`round ${round}: ${line.message}`);
        kill();
      }
    }
    await exited;
    clearTimeout(killTimer);
    report.rounds = round;
    if (child.signalCode === 'SIGKILL') report.kills += 1;
    else
      report.workerErrors.push(
        `round ${round}: the worker exited by itself: ${stderr.slice(-500)}`,
      );
    const during: Kind | 'start' | 'between' = !ready ? 'start' : (inflight?.step.op ?? 'between');
    report.killedDuring[during] += 1;

    // A backup that completed but was not acknowledged holds what was there when it began.
    for (const { file } of listBackups(backupDir)) {
      if (snapshots.has(file)) continue;
      if (inflight?.step.op === 'backup') snapshots.set(file, inflight.before);
      else report.workerErrors.push(`round ${round}: a backup appeared from nowhere: ${file}`);
    }

    workbench = await open();
    const status = workbench.status();
    if (status.state !== 'ready') {
      report.integrityFailures += 1;
      log(`round ${round}: the database did not open after the kill: ${JSON.stringify(status)}`);
    } else {
      const { snapshot, halfWritten } = await readState(workbench, assessmentId);
      report.halfWritten += halfWritten;
      const step = inflight?.step;
      const alternative = structuredClone(model);
      if (step?.op === 'bulk') alternative.groups[step.group] = step.value;
      if (step?.op === 'pack') alternative.pack = step.version;
      if (step?.op === 'restore') Object.assign(alternative, snapshots.get(newest(snapshots)));
      if (!same(snapshot, model) && !same(snapshot, alternative)) {
        const lost =
          snapshot.groups.filter((g, i) => g !== model.groups[i] && g !== alternative.groups[i])
            .length + (snapshot.pack !== model.pack && snapshot.pack !== alternative.pack ? 1 : 0);
        report.lostWrites += Math.max(lost, 1);
        log(
          `round ${round}: expected ${JSON.stringify(model)} (or with the step in flight ${JSON.stringify(step)}), found ${JSON.stringify(snapshot)}`,
        );
      }
    }

    // "Restore the newest backup" must always give back exactly what that backup was made from.
    const newestBackup = newest(snapshots);
    const restored = await workbench.dispatch('system.restoreBackup', {});
    const after =
      workbench.status().state === 'ready' ? await readState(workbench, assessmentId) : null;
    const expected = snapshots.get(newestBackup)!;
    if (!restored.ok || !after || !same(after.snapshot, expected) || after.halfWritten > 0) {
      report.badRestores += 1;
      log(
        `round ${round}: restoring ${newestBackup} gave ${JSON.stringify(restored)}, then ${JSON.stringify(after?.snapshot)} where the backup holds ${JSON.stringify(expected)}`,
      );
    } else {
      model = structuredClone(expected);
    }
    workbench.close();

    // Housekeeping for the test's disk use only: replaced databases and all but two backups.
    for (const name of readdirSync(dataDir))
      if (name.startsWith(`${DATABASE_FILE_NAME}.replaced-`)) rmSync(join(dataDir, name));
    for (const { file } of listBackups(backupDir).slice(2)) {
      rmSync(file);
      snapshots.delete(file);
    }
    log(
      `round ${round}/${options.rounds}: killed during ${during} (aimed at ${target}), lost ${report.lostWrites}, integrity failures ${report.integrityFailures}, bad restores ${report.badRestores}`,
    );
  }
  return report;
}
