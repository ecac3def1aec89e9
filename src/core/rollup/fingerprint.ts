/**
 * A file's fingerprint for the roll-up's duplicate check (the same workbook copied as "x (1).xlsx"):
 * its length and two independent 32-bit FNV-1a hashes of its bytes, as hex. Equal fingerprints are
 * taken as the same bytes (a chance collision needs equal lengths and both hashes equal). Pure, no
 * crypto API, so the command line and the web page's file:// page compute the same value.
 */
export function fingerprint(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < bytes.length; i++) {
    a = Math.imul(a ^ bytes[i], 0x01000193);
    b = Math.imul(b ^ bytes[i], 0x5bd1e995) ^ (b >>> 15);
  }
  return `${bytes.length.toString(16)}-${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}
