import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ITEM_CHECK_LIMITS, KEY_POSITIONS, checkItems } from '../../../shared/content/item-check';
import { readPackDirectory } from './pack-files';
import { PROJECT_RESOURCES } from '../testing/fixtures';

const pack = readPackDirectory(join(PROJECT_RESOURCES, 'packs', 'uncc'));

describe('the bundled pack passes the item-writing check', () => {
  const report = checkItems(pack.questions);
  const { longestOption, keyPositions } = report;
  console.log(
    `Item check, bundled pack ${pack.manifest.version}: key is the longest option in ` +
      `${longestOption.keyLongest} of ${longestOption.questions} single/scenario questions with 3+ options ` +
      `(${(longestOption.rate * 100).toFixed(1)} %); key positions over ${keyPositions.questions} four-option questions: ` +
      KEY_POSITIONS.map(
        (p) => `${p} ${keyPositions.counts[p]} (${(keyPositions.shares[p]! * 100).toFixed(1)} %)`,
      ).join(', ') +
      `; findings: ${report.findings.length}`,
  );

  it('has the key as the longest option in at most a third of the questions', () => {
    expect(longestOption.questions).toBeGreaterThan(200);
    expect(longestOption.rate).toBeLessThanOrEqual(ITEM_CHECK_LIMITS.maxLongestRate);
  });

  it('puts 15-35 % of the keys at each position a-d', () => {
    expect(keyPositions.questions).toBeGreaterThan(200);
    for (const p of KEY_POSITIONS) {
      expect(keyPositions.shares[p], `position ${p}`).toBeGreaterThanOrEqual(
        ITEM_CHECK_LIMITS.minPositionShare,
      );
      expect(keyPositions.shares[p], `position ${p}`).toBeLessThanOrEqual(
        ITEM_CHECK_LIMITS.maxPositionShare,
      );
    }
  });

  it('has no duplicate options, unemphasised negative stems, "all of the above" or letters in explanations', () => {
    expect(report.findings).toEqual([]);
  });
});
