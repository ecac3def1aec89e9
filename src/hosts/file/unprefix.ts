/**
 * exceljs reads SpreadsheetML only when it is written without a namespace prefix, while some programs
 * (.NET's Open XML SDK, exports of some one-stop systems) write `<x:worksheet xmlns:x="…/main">`,
 * `<x:c>`. This rewrites such a file's parts to the unprefixed form exceljs expects, so that the report
 * copy can still be made. '<' never occurs in XML text or attribute values, so only tags are touched.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** One part's XML with the prefix bound to the main namespace removed; null when it has none. */
export function unprefixXml(xml: string): string | null {
  const m = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*["']${MAIN.replace(/[./]/g, '\\$&')}["']`).exec(xml);
  if (!m) return null;
  const p = m[1];
  const hasDefault = new RegExp(`\\sxmlns\\s*=\\s*["']${MAIN.replace(/[./]/g, '\\$&')}["']`).test(xml);
  // The declaration becomes the default namespace, unless the part already has it.
  let out = xml.replace(m[0], hasDefault ? '' : `xmlns="${MAIN}"`);
  out = out.split(`<${p}:`).join('<').split(`</${p}:`).join('</');
  return out;
}

/** The .xlsx with every prefixed SpreadsheetML part rewritten; null when no part needed it. */
export function unprefixXlsx(bytes: Uint8Array): Uint8Array | null {
  const files = unzipSync(bytes);
  let changed = false;
  for (const [name, data] of Object.entries(files)) {
    if (!name.toLowerCase().endsWith('.xml')) continue;
    const xml = unprefixXml(strFromU8(data));
    if (xml === null) continue;
    files[name] = strToU8(xml);
    changed = true;
  }
  return changed ? zipSync(files) : null;
}
