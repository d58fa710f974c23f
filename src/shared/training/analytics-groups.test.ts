import { describe, expect, it } from 'vitest';
import {
  facilityByGroup,
  gainByGroup,
  matchedItemGain,
  participantGains,
  type ScoredResponse,
} from './analytics';

describe('gain by group and on matched items (hand-computed)', () => {
  it('gives each group its n and hides groups under three people', () => {
    const country: Record<string, string | null> = {
      p1: 'VN',
      p2: 'VN',
      p3: 'VN',
      p4: 'KE',
      p5: 'KE',
      p6: 'VN',
      p7: null,
    };
    const gains = participantGains(
      Object.keys(country),
      new Map([
        ['p1', 40],
        ['p2', 50],
        ['p3', 20],
        ['p4', 30],
        ['p5', 60],
        ['p6', 90],
        ['p7', 10],
      ]),
      // p6 has no post-test, so counts nowhere; p7's country is not recorded.
      new Map([
        ['p1', 60],
        ['p2', 80],
        ['p3', 30],
        ['p4', 70],
        ['p5', 60],
        ['p7', 90],
      ]),
    );
    expect(gainByGroup(gains, (id) => country[id] ?? null)).toEqual({
      groups: [
        {
          key: 'VN',
          n: 3,
          participantsWithBoth: 3,
          meanPre: 36.7,
          meanPost: 56.7,
          meanGain: 20,
          medianGain: 20,
          shareImproved: 1,
          normalisedGain: 0.316,
        },
      ],
      hiddenParticipants: 2,
    });
  });

  it('measures gain on the matched pairs only', () => {
    const r = (participantId: string, questionId: string, credit: number): ScoredResponse => ({
      participantId,
      questionId,
      articles: [7],
      credit,
    });
    const pairs = [
      { preId: 'a', postId: 'A' },
      { preId: 'b', postId: 'B' },
    ];
    const pre = [
      r('p1', 'a', 0),
      r('p1', 'b', 1),
      r('p1', 'c', 0),
      r('p2', 'a', 1),
      r('p3', 'a', 0),
    ];
    const post = [
      r('p1', 'A', 1),
      r('p1', 'B', 1),
      r('p1', 'C', 0),
      r('p2', 'A', 1),
      r('p2', 'B', 0),
    ];
    // p1: pre 50 → post 100; p2 only pair a/A: 100 → 100; p3 has no post-test.
    expect(matchedItemGain(pairs, pre, post)).toEqual({
      items: 2,
      participantsWithBoth: 2,
      meanPre: 75,
      meanPost: 100,
      meanGain: 25,
      medianGain: 25,
      shareImproved: 0.5,
      normalisedGain: 1,
    });
  });

  it('gives item facility per group, leaving out groups under three respondents on that item', () => {
    const gender: Record<string, string | null> = {
      f1: 'female',
      f2: 'female',
      f3: 'female',
      m1: 'male',
      m2: 'male',
      m3: 'male',
      u1: null,
    };
    const r = (participantId: string, questionId: string, credit: number): ScoredResponse => ({
      participantId,
      questionId,
      articles: [7],
      credit,
    });
    const responses = [
      // q1: women 2 of 3 right, men 1 of 3 plus a half; u1 is not counted anywhere.
      r('f1', 'q1', 1),
      r('f2', 'q1', 1),
      r('f3', 'q1', 0),
      r('m1', 'q1', 1),
      r('m2', 'q1', 0.5),
      r('m3', 'q1', 0),
      r('u1', 'q1', 1),
      // q2: only two men answered, so the men's group is left out for q2.
      r('f1', 'q2', 0),
      r('f2', 'q2', 0),
      r('f3', 'q2', 1),
      r('m1', 'q2', 1),
      r('m2', 'q2', 1),
    ];
    const byGender = facilityByGroup(responses, (id) => gender[id] ?? null);
    expect(byGender.get('q1')).toEqual([
      { key: 'female', n: 3, facility: 0.667 },
      { key: 'male', n: 3, facility: 0.5 },
    ]);
    expect(byGender.get('q2')).toEqual([{ key: 'female', n: 3, facility: 0.333 }]);
  });
});
