/**
 * A very hidden sheet of text written into the user's own package: how the pins (`_cchc_settings`)
 * travel with the report copy. Like the report sheet (addSheet.ts), only what a new sheet needs
 * changes: its worksheet part, its relationship, its content type and its `<sheet>` entry (appended,
 * so no sheet-local name moves). A sheet of that name already there has its part rewritten in place.
 * No library loads the package, so a package laid out unlike Excel's own (parts under other folders,
 * absolute relationship targets, as one-stop exports write) is kept as it is (tester 6 item 17).
 */
import { decodePart, resolveTarget } from '../zip/guard';
import { partKey } from '../zip/readParts';
import { WORKSHEET_TYPE, attrLocal, relsOf, relsPathOf, utf8, workbookPart, type PackagePart } from './addSheet';
import { assertEditable, attrsOf, cellText, escapeXml, findElement, prefixOf, rootTag, spliced, startTags, withAttr } from './xmlText';

const CONTENT_TYPES = '[Content_Types].xml';

/** The worksheet XML holding `lines` down column A from A1, as inline strings. */
function textSheetXml(lines: string[], mainNs: string): string {
  const rows = lines.map((t, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t xml:space="preserve">${cellText(t)}</t></is></c></row>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${mainNs}"><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

/**
 * The parts with a very hidden sheet `name` holding `lines` in A1, A2…; throws Error when the package
 * has no editable workbook part (the caller words it for the user).
 */
export function setHiddenSheet(parts: PackagePart[], name: string, lines: string[]): PackagePart[] {
  const byKey = new Map(parts.map((p) => [partKey(p.name), p]));
  const find = (n: string) => byKey.get(partKey(n));
  const bytesOf = (p: PackagePart): Uint8Array => p.data ?? p.load?.() ?? new Uint8Array(0);
  const textOf = (n: string): string => decodePart(bytesOf(find(n)!));
  const changed = new Map<string, string>();
  const added: PackagePart[] = [];

  const book = workbookPart(find, bytesOf, textOf);
  const { name: workbookName, folder, root, ns } = book;
  let wb = book.xml;
  const p = root.prefix;
  const own = new RegExp(`xmlns${p ? `:${p.slice(0, -1)}` : ''}\\s*=\\s*["']([^"']+)["']`).exec(root.tag)?.[1] ?? ns.main;
  const sheetText = textSheetXml(lines, own);

  const relsName = find(relsPathOf(workbookName))?.name ?? relsPathOf(workbookName);
  let relsXml = find(relsName)
    ? textOf(relsName)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  if (!find(relsName)) added.push({ name: relsName });
  assertEditable(relsXml, "the workbook's relationships");
  const rels = relsOf(relsXml);

  const sheetsEl = findElement(wb, p, 'sheets');
  if (!sheetsEl) throw new Error('workbook part without sheets');
  const tags = [...startTags(wb, p, 'sheet', sheetsEl.openEnd, sheetsEl.closeStart)];
  const lower = name.toLocaleLowerCase('vi');
  const mine = tags.find((t) => (attrsOf(t.tag).get('name') ?? '').toLocaleLowerCase('vi') === lower);
  const mineRel = mine && rels.find((r) => r.id === attrLocal(attrsOf(mine.tag), 'id') && !r.external && r.type.endsWith('/worksheet'));
  const minePart = mineRel ? find(resolveTarget(workbookName, mineRel.target)) : undefined;

  if (mine && minePart) {
    // Ours from an earlier save: its part rewritten, the sheet kept very hidden.
    changed.set(minePart.name, sheetText);
    const tag = withAttr(mine.tag, 'state', 'veryHidden');
    if (tag !== mine.tag) changed.set(workbookName, spliced(wb, mine.start, mine.tag.length, tag));
  } else {
    if (mine) throw new Error(`sheet ${name} without its part`);
    let n = tags.length + 1;
    while (find(`${folder}worksheets/sheet${n}.xml`)) n++;
    const sheetPart = `${folder}worksheets/sheet${n}.xml`;
    added.push({ name: sheetPart });
    changed.set(sheetPart, sheetText);

    const ids = new Set(rels.map((r) => r.id));
    let k = rels.length + 1;
    while (ids.has(`rId${k}`)) k++;
    const id = `rId${k}`;
    const type = rels.find((r) => r.type.endsWith('/worksheet'))?.type ?? `${ns.rel}/worksheet`;
    const relsRoot = rootTag(relsXml)!;
    const el = `<${relsRoot.prefix}Relationship Id="${id}" Type="${escapeXml(type)}" Target="worksheets/sheet${n}.xml"/>`;
    const close = relsXml.lastIndexOf(`</${relsRoot.prefix}Relationships>`);
    relsXml = close >= 0 ? spliced(relsXml, close, 0, el) : `${relsXml.replace(/\/>\s*$/, '>')}${el}</${relsRoot.prefix}Relationships>`;
    changed.set(relsName, relsXml);

    let ct = textOf(CONTENT_TYPES);
    assertEditable(ct, 'the content types');
    const ctRoot = rootTag(ct)!;
    const ctEl = `<${ctRoot.prefix}Override PartName="/${escapeXml(sheetPart)}" ContentType="${WORKSHEET_TYPE}"/>`;
    const ctClose = ct.lastIndexOf(`</${ctRoot.prefix}Types>`);
    ct = ctClose >= 0 ? spliced(ct, ctClose, 0, ctEl) : `${ct.replace(/\/>\s*$/, '>')}${ctEl}</${ctRoot.prefix}Types>`;
    changed.set(find(CONTENT_TYPES)!.name, ct);

    const sheetId = Math.max(0, ...tags.map((t) => Number(attrsOf(t.tag).get('sheetId') ?? 0))) + 1;
    const relPrefix = prefixOf(root.tag, ns.rel);
    const relAttr = relPrefix !== null && relPrefix !== '' ? `${relPrefix}id="${id}"` : `xmlns:r="${ns.rel}" r:id="${id}"`;
    wb = spliced(wb, sheetsEl.closeStart, 0, `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" state="veryHidden" ${relAttr}/>`);
    changed.set(workbookName, wb);
  }

  const out: PackagePart[] = [];
  for (const part of [...parts, ...added]) {
    const text = changed.get(part.name);
    out.push(text !== undefined ? { name: part.name, data: utf8(text) } : part);
  }
  return out;
}
