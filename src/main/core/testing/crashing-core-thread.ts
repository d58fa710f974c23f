// A core thread that breaks for real: the genuine core-thread.ts, plus a listener that throws
// (an uncaught exception on the core thread) when library.stats is called. For core-host.test.ts.
import { parentPort } from 'node:worker_threads';
import '../host/core-thread';

parentPort?.on('message', (message: { type: string; method?: string }) => {
  if (message.type === 'call' && message.method === 'library.stats')
    throw new Error('the test broke the core thread');
});
