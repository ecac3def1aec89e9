/**
 * exceljs reads SpreadsheetML only when it is written without a namespace prefix, while some programs
 * (.NET's Open XML SDK, exports of some one-stop systems) write `<x:worksheet xmlns:x="…/main">`,
 * `<x:c>`. This rewrites such a file's parts to the unprefixed form exceljs expects, so that the report
 * copy can still be made; our own reader reads the parts the same way. '<' never occurs in XML text or
 * attribute values, so only tags are touched.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const MAIN_ATTR = MAIN.replace(/[./]/g, '\\$&');
const PREFIXED = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*["']${MAIN_ATTR}["']`);
const DEFAULT = new RegExp(`\\sxmlns\\s*=\\s*["']${MAIN_ATTR}["']`);

/** The start tag of the document's root element, where writers declare their namespaces. */
function rootTag(xml: string): string {
  let lt = xml.indexOf('<');
  while (lt >= 0 && (xml.charCodeAt(lt + 1) === 63 /* ? */ || xml.charCodeAt(lt + 1) === 33) /* ! */) lt = xml.indexOf('<', lt + 1);
  if (lt < 0) return '';
  const gt = xml.indexOf('>', lt);
  return xml.slice(lt, gt < 0 ? xml.length : gt + 1);
}

/** One part's XML with the prefix its root binds to the main namespace removed; null when it has none. */
export function unprefixXml(xml: string): string | null {
  const root = rootTag(xml);
  const m = PREFIXED.exec(root);
  if (!m) return null;
  const p = m[1];
  // The declaration becomes the default namespace, unless the root already has it.
  const declared = root.replace(m[0], DEFAULT.test(root) ? '' : `xmlns="${MAIN}"`);
  const out = xml.replace(root, declared);
  return out.split(`<${p}:`).join('<').split(`</${p}:`).join('</');
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
