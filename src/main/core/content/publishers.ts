// Apart from pack-signature.ts, so that what only names the publishers (the workbench, at
// start) does not load node:crypto with them: a fresh core thread spends ~5 ms on it.

export interface Publisher {
  /** The first 16 hex digits of the SHA-256 of the public key (SPKI, DER). */
  keyId: string;
  name: string;
  publicKey: string;
}

/**
 * Publishers whose signed packs this app accepts as verified. The private keys are not in the
 * repository: the project's is held by the release machine (docs/CONTENT-PACKS.md).
 */
export const TRUSTED_PUBLISHERS: readonly Publisher[] = [
  {
    keyId: 'bdd0de5a54fe0378',
    name: 'Convention Workbench project',
    publicKey: `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEA4OO3VGybCNZ+MPH6G5lPKuhpltZzspreP4HJLSLbm9M=
-----END PUBLIC KEY-----`,
  },
];
