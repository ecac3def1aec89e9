/**
 * Reading XML as UTF-8 bytes. Every byte of a multi-byte UTF-8 sequence is 0x80 or more, so markup (all ASCII)
 * is found in the bytes exactly where it stands in the decoded text, and only the text a cell really shows is
 * decoded. Scanning bytes costs a third of decoding the part and then scanning its characters.
 */

/** `ignoreBOM`: a slice that starts with U+FEFF keeps it, as the whole part's decoding would. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** The text of bytes [start, end) (UTF-8; invalid sequences become U+FFFD as the whole part's decoding makes them). */
export function utf8Text(b: Uint8Array, start: number, end: number): string {
  if (end <= start) return '';
  // Short ASCII (numbers, types, references) without the decoder's call.
  if (end - start <= 16) {
    let ascii = true;
    for (let i = start; i < end; i++) if (b[i] >= 0x80) ascii = false;
    if (ascii) return String.fromCharCode.apply(null, b.subarray(start, end) as unknown as number[]);
  }
  return UTF8.decode(b.subarray(start, end));
}

/** Index of the ASCII `pattern` in `b` starting at or after `from` and before `to`; -1 when none does. */
export function findAscii(b: Uint8Array, pattern: string, from: number, to: number = b.length): number {
  const first = pattern.charCodeAt(0);
  const n = pattern.length;
  const last = Math.min(to, b.length - n + 1);
  for (let i = Math.max(0, from); i < last; i++) {
    if (b[i] !== first) continue;
    let k = 1;
    while (k < n && b[i + k] === pattern.charCodeAt(k)) k++;
    if (k === n) return i;
  }
  return -1;
}

/** Index of the last ASCII `pattern` in `b` (searched from the end); -1 when none. */
export function lastFindAscii(b: Uint8Array, pattern: string): number {
  const first = pattern.charCodeAt(0);
  const n = pattern.length;
  for (let i = b.length - n; i >= 0; i--) {
    if (b[i] !== first) continue;
    let k = 1;
    while (k < n && b[i + k] === pattern.charCodeAt(k)) k++;
    if (k === n) return i;
  }
  return -1;
}

/** Whether bytes [start, end) spell the ASCII `word`. */
export function bytesAre(b: Uint8Array, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (b[start + k] !== word.charCodeAt(k)) return false;
  return true;
}
