import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ownWorkStart } from './own-work-start';

describe('own work starts after the first answers, in a quiet moment', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits while a call is answered, then for a quiet moment, and starts once', async () => {
    const start = vi.fn();
    const { answering, started } = ownWorkStart({ quietMs: 100, latestMs: 3000 });
    void started.then(start);
    let finish = () => {};
    const slow = answering(() => new Promise<void>((resolve) => (finish = resolve)));
    await vi.advanceTimersByTimeAsync(500);
    expect(start).not.toHaveBeenCalled();
    finish();
    await slow;
    // A call arriving within the quiet moment puts the start after it too.
    await vi.advanceTimersByTimeAsync(60);
    await answering(async () => 'second');
    await vi.advanceTimersByTimeAsync(60);
    expect(start).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(40);
    expect(start).toHaveBeenCalledTimes(1);
    await answering(async () => 'later');
    await vi.advanceTimersByTimeAsync(5000);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts at the latest time even when no call comes, or one never ends', async () => {
    const idle = vi.fn();
    void ownWorkStart({ quietMs: 100, latestMs: 3000 }).started.then(idle);
    const busy = vi.fn();
    const busyWork = ownWorkStart({ quietMs: 100, latestMs: 3000 });
    void busyWork.started.then(busy);
    void busyWork.answering(() => new Promise(() => {}));
    await vi.advanceTimersByTimeAsync(2999);
    expect([idle.mock.calls.length, busy.mock.calls.length]).toEqual([0, 0]);
    await vi.advanceTimersByTimeAsync(1);
    expect([idle.mock.calls.length, busy.mock.calls.length]).toEqual([1, 1]);
  });

  it('passes each answer and each failure through unchanged', async () => {
    const { answering } = ownWorkStart();
    await expect(answering(async () => 42)).resolves.toBe(42);
    await expect(answering(() => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
  });
});
