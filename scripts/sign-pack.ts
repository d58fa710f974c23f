// Signs a content pack file with a publisher's Ed25519 private key:
//   npm run pack:sign -- <pack.json> --key <private.pem> [--out <signed.json>]
// The pack is checked first (format, schema, content hash); the signature is written into the
// file (or into --out). See docs/CONTENT-PACKS.md.
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parsePackFile } from '../src/main/core/content/pack-files';
import { keyIdOf, signPackHash } from '../src/main/core/content/pack-signature';
import { parseJsonText } from '../src/shared/text/json-text';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (!value || value.startsWith('--')) fail(`${name} needs a value.`);
  args.splice(at, 2);
  return value;
};
const keyFile =
  option('--key') ??
  fail('Usage: npm run pack:sign -- <pack.json> --key <private.pem> [--out <file>]');
const input = args[0] ?? fail('Name the pack file to sign.');
const output = option('--out') ?? input;

try {
  const key = createPrivateKey(readFileSync(keyFile));
  const value = parseJsonText(readFileSync(input, 'utf8'), basename(input)) as Record<
    string,
    unknown
  >;
  parsePackFile(value, basename(input), []); // schema and content hash; no signature is trusted here
  const { signature: _old, ...file } = value;
  const signature = signPackHash(String(file.contentHash), key);
  writeFileSync(output, `${JSON.stringify({ ...file, signature }, null, 2)}\n`);
  console.log(`Signed ${basename(input)} with key ${keyIdOf(key)} → ${output}`);
  console.log('The app verifies it if its trusted publishers list holds this public key:');
  console.log(createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString().trim());
} catch (error) {
  fail(`Not signed: ${(error as Error).message}`);
}
