// The serving thread's block probe for `npm run bench -- event-loop`: how late a 5 ms timer on
// the thread ran, and where that time went (ran, waited for a CPU, slept, its own GC).
import { readFileSync } from 'node:fs';
import { constants as perfConstants, performance, PerformanceObserver } from 'node:perf_hooks';
import { formatMs } from './stats';

const TICK_MS = 5;

/** Where a block's time went: ran and waited from the kernel's count for this thread (Linux). */
export interface BlockCause {
  /** The thread was running: our own code, or a collection of its heap (NaN off Linux). */
  ranMs: number;
  /** The thread was ready but waited for a CPU that other threads or processes held (NaN off Linux). */
  waitedMs: number;
  /** Of the block, the pauses of this thread's own garbage collector (any platform). */
  gcMs: number;
  /** Their kinds, e.g. "major" (mark-compact) or "minor" (scavenge). */
  gcKinds: string[];
}

/** This (the main) thread's /proc schedstat: time run and time waited for a CPU, in ns. */
function schedstat(): [number, number] | null {
  try {
    const [ran, waited] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(
      ' ',
    );
    return [Number(ran), Number(waited)];
  } catch {
    return null;
  }
}

const GC_KINDS: Record<number, string> = {
  [perfConstants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [perfConstants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [perfConstants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [perfConstants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};

/**
 * A timer probe on this (the serving) thread: the longest time past its due moment that a 5 ms
 * timer had to wait. The last wait counts up to the moment the probe is stopped, so a block
 * that ends with the job is not missed (monitorEventLoopDelay only records it at the next tick).
 * On Linux it also says how much of the longest block the thread ran and how much it waited for
 * a CPU; the rest it slept past its timer. Everywhere it says how much of it was this thread's
 * own garbage collection (the 'gc' performance entries, which arrive after the pause, hence the
 * asynchronous stop).
 */
export function blockProbe(): { stop(): Promise<{ longestMs: number; cause: BlockCause | null }> } {
  let last = performance.now();
  let lastStat = schedstat();
  let longest = 0;
  let window: [number, number] = [last, last];
  let stat: { ranMs: number; waitedMs: number } | null = null;
  const pauses: { start: number; end: number; kind: string }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as { detail?: { kind?: number } }).detail?.kind ?? 0;
      pauses.push({
        start: entry.startTime,
        end: entry.startTime + entry.duration,
        kind: GC_KINDS[kind] ?? `kind ${kind}`,
      });
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const tick = () => {
    const now = performance.now();
    const current = schedstat();
    const late = now - last - TICK_MS;
    if (late > longest) {
      longest = late;
      // From the moment the timer was due: a collection before it made nothing late.
      window = [last + TICK_MS, now];
      stat =
        current && lastStat
          ? {
              ranMs: (current[0] - lastStat[0]) / 1e6,
              waitedMs: (current[1] - lastStat[1]) / 1e6,
            }
          : null;
    }
    last = now;
    lastStat = current;
  };
  const timer = setInterval(tick, TICK_MS);
  return {
    async stop() {
      clearInterval(timer);
      tick();
      // Lets the entries of a collection that ended the block arrive.
      await new Promise((resolve) => setTimeout(resolve, 20));
      observer.disconnect();
      const [from, to] = window;
      const inBlock = pauses.filter((p) => p.end > from && p.start < to);
      const gcMs = inBlock.reduce(
        (sum, p) => sum + Math.min(p.end, to) - Math.max(p.start, from),
        0,
      );
      const cause: BlockCause = {
        ranMs: stat?.ranMs ?? NaN,
        waitedMs: stat?.waitedMs ?? NaN,
        gcMs,
        gcKinds: [...new Set(inBlock.map((p) => p.kind))],
      };
      return { longestMs: Math.max(longest, 0), cause };
    },
  };
}

/** "ran 1.2 ms, waited 40 ms for a CPU, slept 3 ms past its timer; its own GC 0 ms" for `ms`. */
export function describeCause(ms: number, cause: BlockCause | null): string {
  if (!cause) return '';
  const gc = `its own garbage collection ${formatMs(cause.gcMs)}${cause.gcKinds.length ? ` (${cause.gcKinds.join(', ')})` : ''}`;
  if (Number.isNaN(cause.ranMs)) return ` (${gc})`;
  const slept = Math.max(ms - cause.ranMs - cause.waitedMs, 0);
  return ` (the thread ran ${formatMs(cause.ranMs)} of it, ${gc}; waited ${formatMs(cause.waitedMs)} for a CPU, slept ${formatMs(slept)} past its timer)`;
}
