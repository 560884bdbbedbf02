/**
 * The text rules that iCalendar (RFC 5545) and vCard (RFC 2426) share: escaping of TEXT values
 * and folding of content lines at 75 octets. Pure string work (runs in Node and the browser).
 */

/**
 * The UTF-8 length, counted without encoding (no buffer per line): a surrogate pair is 4 octets,
 * a lone surrogate 3 (it is written as U+FFFD, as TextEncoder and Buffer do).
 */
const octets = (text: string): number => {
  let size = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) size += 1;
    else if (unit < 0x800) size += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      size += 4;
      index++;
    } else size += 3;
  }
  return size;
};

// eslint-disable-next-line no-control-regex -- RFC 5545 forbids control characters in TEXT (tab aside)
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

// eslint-disable-next-line no-control-regex -- the characters escapeText drops or escapes
const NEEDS_ESCAPE = /[\u0000-\u001F\u007F\\;,]/;

/** TEXT values: control characters dropped; backslash, semicolon and comma escaped; every line break as "\n". */
export function escapeText(text: string): string {
  // Most values need nothing: one scan instead of five replacements (millions of values in a large export).
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(CONTROL, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n');
}

/**
 * Folds a content line so no line exceeds 75 octets (the leading space of a continuation
 * counts). Splits between code points only, so no multi-byte UTF-8 character is ever cut, and
 * never inside an escape like "\n" (allowed by the RFC, but some simple readers trip over it).
 */
export function foldLine(line: string): string {
  // Most lines are short: counted once, not code point by code point (a 200,000-contact export has millions of lines).
  if (line.length <= 75 && octets(line) <= 75) return line;
  const lines: string[] = [];
  let current = '';
  let size = 0;
  for (const [char] of line.matchAll(/\\[\s\S]|[\s\S]/gu)) {
    const charSize = octets(char);
    if (size + charSize > 75) {
      lines.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += charSize;
  }
  lines.push(current);
  return lines.join('\r\n');
}
