// npm run test:crash [-- --rounds N --seed S]: the full crash test over real files in a temp
// folder; prints its figures and exits non-zero on any lost write, integrity failure or bad restore.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_RESOURCES } from '../../testing/fixtures';
import { runCrashTest } from './harness';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '50' }, seed: { type: 'string' } },
});
const dataDir = mkdtempSync(join(tmpdir(), 'cw-crash-'));
try {
  const report = await runCrashTest({
    rounds: Number(values.rounds),
    dataDir,
    resourcesDir: PROJECT_RESOURCES,
    paddingChecklists: 2,
    ...(values.seed ? { seed: Number(values.seed) } : {}),
    log: (line) => console.log(line),
  });
  console.log(JSON.stringify(report, null, 2));
  const failed =
    report.lostWrites + report.halfWritten + report.integrityFailures + report.badRestores > 0 ||
    report.workerErrors.length > 0;
  console.log(
    `${report.rounds} rounds, ${report.kills} kills, ${report.acknowledgedWrites} acknowledged writes, ` +
      `${report.lostWrites} lost, ${report.halfWritten} half-written, ` +
      `${report.integrityFailures} integrity failures, ${report.badRestores} bad restores: ${failed ? 'FAILED' : 'passed'}`,
  );
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
