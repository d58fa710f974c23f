// A worker thread for background-priority.test.ts: lowers itself as a job's thread does, then
// tells its id (Linux: /proc/thread-self).
import { parentPort } from 'node:worker_threads';
import { currentThreadId, lowerThisThread } from '../os/background-priority';

lowerThisThread();
parentPort!.postMessage(currentThreadId());
