import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { AppError } from '../../../shared/api/envelope';
import type { PackSignature } from '../../../shared/content/pack';
import { PACK_FILE_FORMAT } from '../../../shared/content/pack-format';
import { TRUSTED_PUBLISHERS, type Publisher } from './publishers';

export function keyIdOf(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

/** What is signed: the content hash, prefixed so the signature cannot be reused for another purpose. */
function signedBytes(contentHash: string): Buffer {
  return Buffer.from(`${PACK_FILE_FORMAT}:${contentHash}`, 'utf8');
}

export function signPackHash(contentHash: string, privateKey: KeyObject): PackSignature {
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new Error('Content packs are signed with an Ed25519 private key.');
  return {
    algorithm: 'ed25519',
    keyId: keyIdOf(privateKey),
    value: sign(null, signedBytes(contentHash), privateKey).toString('base64'),
  };
}

/**
 * The trusted publisher who signed a pack, or null for an unsigned pack or one signed by a key
 * this app does not know (both install as "unverified source"). A signature by a trusted key
 * that does not match the content is refused: the file was altered after it was signed.
 */
export function verifiedPublisher(
  name: string,
  contentHash: string,
  signature: PackSignature | undefined,
  trusted: readonly Publisher[] = TRUSTED_PUBLISHERS,
): Publisher | null {
  if (!signature) return null;
  const publisher = trusted.find((p) => p.keyId === signature.keyId);
  if (!publisher) return null;
  const ok = verify(
    null,
    signedBytes(contentHash),
    createPublicKey(publisher.publicKey),
    Buffer.from(signature.value, 'base64'),
  );
  if (!ok)
    throw new AppError(
      'VALIDATION',
      `${name}: its signature by ${publisher.name} does not match its content; the file was altered after it was signed.`,
    );
  return publisher;
}
