import { createInflateRaw } from 'node:zlib';
import { AppError } from '../../../shared/api/envelope';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

interface ZipEntry {
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function damaged(name: string): AppError {
  return new AppError('VALIDATION', `${name} could not be read as an Excel workbook.`);
}

/** The entries listed in a ZIP file's central directory (at its end, after any comment). */
function readDirectory(bytes: Buffer, name: string): ZipEntry[] {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= earliest; i--) {
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw damaged(name);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw damaged(name);
    entries.push({
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    });
    at +=
      46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** Inflates one entry only to count its bytes, stopping as soon as the budget is passed. */
function inflatedSize(data: Buffer, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let total = 0;
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        inflate.destroy();
        resolve(total);
      }
    });
    inflate.on('end', () => resolve(total));
    inflate.on('error', reject);
    inflate.end(data);
  });
}

/**
 * Refuses a workbook that would unpack to more than `limit` bytes before a spreadsheet library
 * unpacks it in memory. The sizes the directory declares are checked first, then each entry is
 * inflated (without keeping the output) so a file that understates its sizes is caught too.
 */
export async function checkZipSize(bytes: Buffer, name: string, limit: number): Promise<void> {
  const tooLarge = () =>
    new AppError(
      'VALIDATION',
      `${name} would unpack to more than ${limit / 1024 / 1024} MB; a spreadsheet of questions or participants is far smaller.`,
    );
  const entries = readDirectory(bytes, name);
  if (entries.some((e) => e.size === 0xffffffff || e.compressedSize === 0xffffffff))
    throw tooLarge();
  if (entries.reduce((sum, e) => sum + e.size, 0) > limit) throw tooLarge();
  let total = 0;
  for (const entry of entries) {
    const at = entry.localOffset;
    if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) throw damaged(name);
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) total += data.length;
    else if (entry.method === 8) {
      try {
        total += await inflatedSize(data, limit - total);
      } catch {
        throw damaged(name);
      }
    } else throw damaged(name);
    if (total > limit) throw tooLarge();
  }
}
