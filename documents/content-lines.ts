/**
 * The text rules that iCalendar (RFC 5545) and vCard (RFC 2426) share: escaping of TEXT values
 * and folding of content lines at 75 octets. Pure string work (TextEncoder exists in Node and
 * the browser).
 */
const encoder = new TextEncoder();
const octets = (text: string): number => encoder.encode(text).length;

// eslint-disable-next-line no-control-regex -- RFC 5545 forbids control characters in TEXT (tab aside)
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** TEXT values: control characters dropped; backslash, semicolon and comma escaped; every line break as "\n". */
export function escapeText(text: string): string {
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
