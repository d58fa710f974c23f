import { readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';

// Long jobs and the PDF printer's browser run at background CPU priority, so that the thread
// serving the UI gets a core as soon as it wakes. Measured (npm run bench -- event-loop, with
// the serving thread's /proc schedstat): its long blocks during a PDF export were not code on
// that thread (it ran < 5 ms of them) but time spent waiting for a CPU that the print's Chromium
// held. Lowering a priority needs no privilege; raising it back would, so nothing here is undone.

/** The nice value of background work: a woken normal thread preempts it at once. */
export const BACKGROUND_NICE = 10;

const linux = process.platform === 'linux';

/** The nice value of one thread (Linux), read from /proc; null where there is no /proc. */
export function threadNice(pid: number, tid: number = pid): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is the first, nice the 17th.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  } catch {
    return null;
  }
}

/** The id of the calling thread (Linux): /proc/thread-self links to <pid>/task/<tid>. */
export function currentThreadId(): number | null {
  try {
    return Number(readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    return null;
  }
}

const lower = (id: number) => {
  try {
    setPriority(id, BACKGROUND_NICE);
  } catch {
    // Gone already, or not ours: it simply keeps its priority.
  }
};

/**
 * Puts the calling thread at background priority. Only on Linux, where the nice value belongs
 * to each thread; elsewhere it belongs to the process and would slow the serving thread too.
 * Threads this one starts inherit it.
 */
export function lowerThisThread(): void {
  if (!linux) return;
  const tid = currentThreadId();
  if (tid !== null) lower(tid);
}

/** Field `index` of /proc/<pid>/stat after the command name: 1 the parent, 3 the session. */
function statField(pid: number | string, index: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[index]);
  } catch {
    return null;
  }
}
const parentOf = (pid: string) => statField(pid, 1);

/** The processes below `root` (Linux), found through /proc's parent ids. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentOf(entry);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/**
 * Puts a child process and everything it has started at background priority: on Linux every
 * thread of every process of the tree (processes they start later inherit it) and the tree's
 * autogroup, which is what competes with ours when the child started a session of its own (as
 * Playwright's browser does) and the kernel groups the CPU by session. Elsewhere the process's
 * own priority (Windows: below normal), which the processes it starts inherit.
 */
export function lowerProcessTree(pid: number): void {
  if (!linux) return lower(pid);
  // A child in our own session shares our autogroup: lowering that would lower us with it.
  const session = statField(pid, 3);
  if (session !== null && session !== statField(process.pid, 3)) {
    try {
      // Autogroups exist only with CONFIG_SCHED_AUTOGROUP; without them there is nothing to do.
      writeFileSync(`/proc/${pid}/autogroup`, String(BACKGROUND_NICE));
    } catch {
      // No autogroups here, or not ours.
    }
  }
  try {
    for (const process of [pid, ...descendants(pid)])
      for (const tid of readdirSync(`/proc/${process}/task`)) lower(Number(tid));
  } catch {
    // The process ended meanwhile.
  }
}

/**
 * The direct children of this process whose command line holds `marker` (Linux; [] elsewhere).
 * Playwright does not give the pid of a browser it launched; its command line says what it is.
 */
export function childProcessesWith(marker: string): number[] {
  if (!linux) return [];
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || parentOf(entry) !== process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').includes(marker))
        found.push(Number(entry));
    } catch {
      // Ended meanwhile.
    }
  }
  return found;
}
