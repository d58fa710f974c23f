import { createHmac, timingSafeEqual } from 'node:crypto';

/** Crockford's base32: digits and letters without I, L, O and U, so nothing reads ambiguously. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CERTIFICATE_CODE_LENGTH = 10;
/** The prefix of the text a certificate's QR code carries. */
export const CERTIFICATE_PAYLOAD_PREFIX = 'CWCERT1';

/**
 * A certificate's verification code: the first 50 bits of HMAC-SHA256(secret, "CWCERT1|session|
 * participant") in Crockford base32, 10 characters. Only the holder of the secret can make or
 * check one.
 */
export function certificateCode(secret: string, sessionId: string, participantId: string): string {
  const mac = createHmac('sha256', secret)
    .update(`${CERTIFICATE_PAYLOAD_PREFIX}|${sessionId}|${participantId}`)
    .digest();
  let bits = 0n;
  for (const byte of mac.subarray(0, 7)) bits = (bits << 8n) | BigInt(byte);
  bits >>= 56n - BigInt(CERTIFICATE_CODE_LENGTH * 5);
  let out = '';
  for (let i = CERTIFICATE_CODE_LENGTH - 1; i >= 0; i--)
    out += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return out;
}

/**
 * A code as typed, in canonical form: upper case, without spaces or hyphens, and with the letters
 * Crockford reads as digits (O → 0, I and L → 1). Null when it cannot be a code.
 */
export function normaliseCertificateCode(code: string): string | null {
  const canonical = code
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (canonical.length !== CERTIFICATE_CODE_LENGTH) return null;
  for (const c of canonical) if (!ALPHABET.includes(c)) return null;
  return canonical;
}

/** "ABCDE-FGHJK": the code as printed on the certificate. */
export function formatCertificateCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Whether a code (as typed: any case, with or without the hyphen) belongs to this certificate. */
export function verifyCertificateCode(
  secret: string,
  sessionId: string,
  participantId: string,
  code: string,
): boolean {
  const given = normaliseCertificateCode(code);
  if (!given) return false;
  const expected = certificateCode(secret, sessionId, participantId);
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/** The QR code's text: CWCERT1|<sessionId>|<participantId>|<code>. */
export function certificatePayload(sessionId: string, participantId: string, code: string): string {
  return `${CERTIFICATE_PAYLOAD_PREFIX}|${sessionId}|${participantId}|${code}`;
}

/** Reads a scanned QR text back; null when it is not a certificate's. */
export function parseCertificatePayload(
  text: string,
): { sessionId: string; participantId: string; code: string } | null {
  const parts = text.trim().split('|');
  if (parts.length !== 4 || parts[0] !== CERTIFICATE_PAYLOAD_PREFIX) return null;
  const code = normaliseCertificateCode(parts[3]!);
  if (!parts[1] || !parts[2] || !code) return null;
  return { sessionId: parts[1], participantId: parts[2], code };
}

/**
 * Finds whose certificate a code is among candidate (session, participant) pairs — for
 * certificates.verify { code }, which knows only the code (or the scanned QR text, whose ids
 * narrow the search). Null when none matches.
 */
export function findCertificate<T extends { sessionId: string; participantId: string }>(
  secret: string,
  codeOrPayload: string,
  candidates: Iterable<T>,
): T | null {
  const scanned = parseCertificatePayload(codeOrPayload);
  const code = scanned?.code ?? normaliseCertificateCode(codeOrPayload);
  if (!code) return null;
  for (const c of candidates) {
    if (scanned && (c.sessionId !== scanned.sessionId || c.participantId !== scanned.participantId))
      continue;
    if (verifyCertificateCode(secret, c.sessionId, c.participantId, code)) return c;
  }
  return null;
}
