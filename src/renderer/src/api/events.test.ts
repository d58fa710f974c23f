import { describe, expect, it, vi } from 'vitest';
import type { PushEvent } from '@shared/api/events';
import { watchEvents } from './events';

/** A stand-in for the bridge's onEvent: the test pushes events as the socket or IPC would. */
function fakeSource() {
  let push: (event: PushEvent) => void = () => {};
  return {
    source: {
      onEvent(listener: (event: PushEvent) => void) {
        push = listener;
        return () => (push = () => {});
      },
    },
    push: (event: unknown) => push(event as PushEvent),
  };
}

const progress = {
  name: 'job.progress',
  payload: { jobId: 'j', kind: 'pack-import', step: 'Articles', current: 2, total: 9, done: false },
};

describe('push events on arrival in the renderer', () => {
  it('passes valid events on in order and drops malformed ones with a console line', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { source, push } = fakeSource();
    const seen: PushEvent[] = [];
    watchEvents(source, (event) => seen.push(event));
    push(progress);
    push({ name: 'job.progress', payload: { ...progress.payload, current: 'three' } });
    push({ name: 'db.dropped', payload: {} });
    push({ ...progress, payload: { ...progress.payload, current: 9, done: true } });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen.map((e) => e.payload.current)).toEqual([2, 9]);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining('dropped a job.progress event: current'),
      expect.stringContaining('unknown name: db.dropped'),
    ]);
    warn.mockRestore();
  });

  it('delivers nothing after the page stops listening', async () => {
    const { source, push } = fakeSource();
    const seen: PushEvent[] = [];
    const stop = watchEvents(source, (event) => seen.push(event));
    push(progress);
    stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual([]);
  });
});
