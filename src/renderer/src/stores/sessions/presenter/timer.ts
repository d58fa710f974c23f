/** The presenter's countdown: the agenda block it counts for, its length and when it ends. */
export interface BlockTimer {
  block: number;
  seconds: number;
  end: number;
}

const start = (block: number, minutes: number, now: number): BlockTimer => ({
  block,
  seconds: minutes * 60,
  end: now + minutes * 60_000,
});

/** Starts a countdown of the block's minutes, or stops the one running. */
export function toggleBlockTimer(
  timer: BlockTimer | null,
  block: number,
  minutes: number,
  now: number,
): BlockTimer | null {
  return timer === null ? start(block, minutes, now) : null;
}

/**
 * The countdown on arriving at a step: a running one restarts with the new block's minutes,
 * since each block has its own planned length and time left from the last one means nothing.
 */
export function timerOnStep(
  timer: BlockTimer | null,
  block: number,
  minutes: number,
  now: number,
): BlockTimer | null {
  if (timer === null || timer.block === block) return timer;
  return start(block, minutes, now);
}
