import { createWriteStream, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { FILE_CONTENT_METHODS } from '../../shared/api/file-methods';

const MB = 1024 * 1024;

/** Bodies up to this size stay in memory; larger ones go to a file first. */
export const MEMORY_BODY_BYTES = 1 * MB;
/** Most methods take a few fields: a body beyond this is a mistake or an attack. */
export const SMALL_BODY_BYTES = 1 * MB;
/** Methods that take a file's bytes (base64 of up to 64 MB in the contract, plus the envelope). */
export const FILE_BODY_BYTES = 96 * MB;

const TEMP_PREFIX = 'request-body-';

const fileMethods = new Set<string>(FILE_CONTENT_METHODS);

export function bodyLimit(method: string): number {
  return fileMethods.has(method) ? FILE_BODY_BYTES : SMALL_BODY_BYTES;
}

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super('request body too large');
  }
}

/** Runs large-body work one request at a time, so concurrent uploads cannot multiply memory. */
function createQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** A request's body: its text, or, when it was too large to hold, the file it was written to. */
export type Body = { text: string } | { file: string };

export interface BodyReader {
  /**
   * Reads a request's body within the method's limit and passes it to `use`. A body larger than
   * MEMORY_BODY_BYTES is written to the temporary folder as it arrives and passed as that file,
   * only when no other large body is being used, and removed once `use` settles. Throws
   * BodyTooLarge as soon as the limit is passed, without reading the rest.
   */
  read<T>(req: IncomingMessage, limit: number, use: (body: Body) => Promise<T>): Promise<T>;
}

export function createBodyReader(tempDir: string): BodyReader {
  // Files left by a process that was killed while receiving a body.
  try {
    for (const name of readdirSync(tempDir))
      if (name.startsWith(TEMP_PREFIX)) rmSync(join(tempDir, name), { force: true });
  } catch {
    // no folder yet: nothing left over
  }
  const oneLargeBodyAtATime = createQueue();

  async function read<T>(
    req: IncomingMessage,
    limit: number,
    use: (body: Body) => Promise<T>,
  ): Promise<T> {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge(limit);
    const chunks: Buffer[] = [];
    let size = 0;
    let file: string | null = null;
    let sink: ReturnType<typeof createWriteStream> | null = null;
    try {
      for await (const chunk of req as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > limit) throw new BodyTooLarge(limit);
        if (!sink && size > MEMORY_BODY_BYTES) {
          mkdirSync(tempDir, { recursive: true });
          file = join(tempDir, `${TEMP_PREFIX}${randomUUID()}.json`);
          sink = createWriteStream(file);
          for (const held of chunks.splice(0)) sink.write(held);
        }
        if (sink) {
          if (!sink.write(chunk)) await new Promise<void>((r) => sink!.once('drain', () => r()));
        } else chunks.push(chunk);
      }
      if (!sink) return await use({ text: Buffer.concat(chunks).toString('utf8') });
      await new Promise<void>((resolve, reject) => {
        sink!.once('error', reject);
        sink!.end(resolve);
      });
      const spilled = file!;
      return await oneLargeBodyAtATime(() => use({ file: spilled }));
    } finally {
      sink?.destroy();
      if (file) rmSync(file, { force: true });
    }
  }

  return { read };
}
