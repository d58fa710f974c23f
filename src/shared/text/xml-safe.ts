/**
 * Characters XML 1.0 cannot hold at all, even escaped: C0 controls other than tab, line feed
 * and carriage return; U+FFFE and U+FFFF; and halves of surrogate pairs standing alone. Word
 * and Excel refuse a file that contains one, so text is cleaned before it is written.
 */
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML 1.0 cannot hold. */
export function xmlSafe(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}
