import { describe, expect, it } from 'vitest';
import type { ChapterSummary } from '@shared/domain/library';
import type { Session } from '@shared/domain/sessions';
import { presenterSteps } from './steps';
import { timerOnStep, toggleBlockTimer } from './timer';

type Block = Session['agenda'][number];

const chapterTwo: ChapterSummary = {
  number: 'II',
  ordinal: 2,
  title: 'Criminalization',
  firstArticle: 7,
  lastArticle: 21,
  articleCount: 15,
};

const block = (over: Partial<Block>): Block => ({
  id: 'b1',
  kind: 'chapter',
  ref: 'II',
  title: '',
  day: null,
  startTime: null,
  minutes: 20,
  ...over,
});

const sources = { articles: new Map(), quizzes: new Map(), chapters: [chapterTwo] };

describe('presenter chapter blocks', () => {
  it('carry the block’s own title when the facilitator set one', () => {
    const [step] = presenterSteps([block({ title: 'The offences, one by one' })], sources);
    expect(step).toMatchObject({
      kind: 'chapter',
      chapter: 'II',
      title: 'Criminalization',
      customTitle: 'The offences, one by one',
      articles: '7–21',
    });
  });

  it('fall back to the chapter’s title when the block has none (or only spaces)', () => {
    for (const title of ['', '   ']) {
      const [step] = presenterSteps([block({ title })], sources);
      expect(step).toMatchObject({ kind: 'chapter', title: 'Criminalization', customTitle: null });
    }
  });
});

describe('presenter timer', () => {
  const start = 1_000_000;

  it('counts the block’s minutes when started and stops when toggled again', () => {
    const running = toggleBlockTimer(null, 0, 30, start);
    expect(running).toEqual({ block: 0, seconds: 1800, end: start + 30 * 60_000 });
    expect(toggleBlockTimer(running, 0, 30, start + 5_000)).toBeNull();
  });

  it('keeps running within a block', () => {
    const running = toggleBlockTimer(null, 0, 30, start);
    expect(timerOnStep(running, 0, 30, start + 90_000)).toBe(running);
  });

  it('restarts with the next block’s minutes instead of carrying the time left over', () => {
    const running = toggleBlockTimer(null, 0, 30, start);
    const arrived = start + 7 * 60_000;
    expect(timerOnStep(running, 1, 10, arrived)).toEqual({
      block: 1,
      seconds: 600,
      end: arrived + 10 * 60_000,
    });
    // Back to the first block: a fresh countdown of its own length.
    expect(timerOnStep({ block: 1, seconds: 600, end: arrived }, 0, 30, arrived)).toEqual({
      block: 0,
      seconds: 1800,
      end: arrived + 30 * 60_000,
    });
  });

  it('stays off when it was off', () => {
    expect(timerOnStep(null, 1, 10, start)).toBeNull();
  });
});
