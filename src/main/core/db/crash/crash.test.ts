import { describe, expect, it } from 'vitest';
import { tempDir, PROJECT_RESOURCES } from '../../testing/fixtures';
import { runCrashTest } from './harness';

// The short form of `npm run test:crash` (which runs 50 rounds over a larger database).
describe('the crash test, short form', () => {
  it(
    'SIGKILLs a worker doing bulk edits, pack updates, backups and restores: nothing acknowledged is lost',
    async () => {
      const { dir, cleanup } = tempDir('cw-crash-');
      try {
        const report = await runCrashTest({
          rounds: 8,
          dataDir: dir,
          resourcesDir: PROJECT_RESOURCES,
          paddingChecklists: 1,
          log: (line) => console.log(line),
        });
        console.log(JSON.stringify(report));
        expect(report.workerErrors).toEqual([]);
        expect(report.kills).toBe(8);
        expect(report.acknowledgedWrites).toBeGreaterThan(0);
        expect(report).toMatchObject({
          lostWrites: 0,
          halfWritten: 0,
          integrityFailures: 0,
          badRestores: 0,
        });
      } finally {
        cleanup();
      }
    },
    // Generous: each round starts a process; a slow machine must not fail the test by timing.
    30 * 60_000,
  );
});
