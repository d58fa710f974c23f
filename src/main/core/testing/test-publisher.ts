import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { keyIdOf } from '../content/pack-signature';
import type { Publisher } from '../content/publishers';

// A publisher for tests that run in several processes (the crash test's parent and worker must
// trust the same key): derived from a fixed seed, so it is the same everywhere and worth nothing.
// The app never trusts it; tests pass it as `trustedPublishers`.
const seed = createHash('sha256').update('convention-workbench test publisher').digest();
// PKCS#8 DER of an Ed25519 private key: a fixed 16-byte header, then the 32-byte seed.
const header = Buffer.from('302e020100300506032b657004220420', 'hex');
const key = createPrivateKey({ key: Buffer.concat([header, seed]), format: 'der', type: 'pkcs8' });

export const TEST_PUBLISHER: { key: typeof key; publisher: Publisher } = {
  key,
  publisher: {
    keyId: keyIdOf(key),
    name: 'Test publisher',
    publicKey: createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString(),
  },
};
