/** Constants of the live room shared with the participant page, which must not bundle zod. */

/** Unambiguous on a projector and on a phone keyboard: no 0/O, 1/I/L, 2/Z, 5/S, 8/B. */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const JOIN_CODE_LENGTH = 6;
export const LIVE_LIMITS = {
  /** Bytes of one HTTP body or WebSocket message from a participant. */
  messageBytes: 8 * 1024,
  /** Wrong join codes from one address before it must wait. */
  joinAttemptsPerMinute: 10,
  participantsPerRoom: 500,
  commentChars: 500,
  wordChars: 40,
} as const;
