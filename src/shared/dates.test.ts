import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localDate } from './dates';

describe('localDate', () => {
  const saved = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = 'Asia/Ho_Chi_Minh'; // UTC+7, no daylight saving
  });
  afterEach(() => {
    process.env.TZ = saved;
  });

  it('gives the local calendar date late in the evening (same UTC day)', () => {
    const lateEvening = new Date('2026-12-04T16:30:00Z'); // 23:30 in Hanoi
    expect(localDate(lateEvening)).toBe('2026-12-04');
  });

  it('gives the local date just after midnight, when UTC is still on the previous day', () => {
    const afterMidnight = new Date('2026-12-04T17:30:00Z'); // 00:30 on the 5th in Hanoi
    expect(afterMidnight.toISOString().slice(0, 10)).toBe('2026-12-04');
    expect(localDate(afterMidnight)).toBe('2026-12-05');
  });
});
