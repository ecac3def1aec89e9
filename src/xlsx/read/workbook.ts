/** xl/workbook.xml and its relationships: the sheets in tab order, where each one's XML lives, defined names, date system. */
import { resolveTarget as resolvePath } from '../zip/guard';
import { decodeXml, tags } from './xml';

export interface SheetEntry {
  name: string;
  /** Zip path of the sheet's XML (e.g. "xl/worksheets/sheet1.xml"); null for a chart or macro sheet. */
  path: string | null;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  /** Workbook-level defined names (name -> formula text, e.g. "'Báo cáo'!$A$1"); sheet-scoped names are left out. */
  definedNames: { name: string; value: string }[];
  /** Dates counted from 1904-01-01 (old Mac workbooks). */
  date1904: boolean;
}

const WORKSHEET_TYPE = /\/worksheet$/;

/** Relationship id -> zip path of a worksheet, or null for another kind of part, for the workbook part at `base`. */
export function sheetTargets(relsXml: string, base: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const t of tags(relsXml)) {
    if (t.name !== 'Relationship') continue;
    const { Id: id, Type: type = '', Target: target, TargetMode: mode } = t.attrs;
    if (!id || !target) continue;
    out.set(id, mode !== 'External' && WORKSHEET_TYPE.test(type) ? resolvePath(base, target) : null);
  }
  return out;
}

/** Zip paths of the internal relationships of the part at `base` whose type matches. */
export function partTargets(relsXml: string, base: string, type: RegExp): string[] {
  const out: string[] = [];
  for (const t of tags(relsXml)) {
    if (t.name !== 'Relationship' || t.attrs.TargetMode === 'External' || !t.attrs.Target || !type.test(t.attrs.Type ?? '')) continue;
    out.push(resolvePath(base, t.attrs.Target));
  }
  return out;
}

/** Where the relationships of the part at `path` live ("xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"). */
export function relsPathOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
}

function truthy(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

/** The sheets, names and date system of workbook.xml; a sheet pointing to no relationship has no part (path null). */
export function parseWorkbook(xml: string, targets: Map<string, string | null>): WorkbookPart {
  const sheets: SheetEntry[] = [];
  const definedNames: { name: string; value: string }[] = [];
  let date1904 = false;
  let inName: { name: string; start: number } | null = null;
  for (const t of tags(xml)) {
    if (t.name === 'workbookPr') date1904 = truthy(t.attrs.date1904);
    else if (t.name === 'sheet') {
      const state = t.attrs.state === 'hidden' || t.attrs.state === 'veryHidden' ? t.attrs.state : 'visible';
      // Old macro and module sheets are kept as `<sheet r:id="">` placeholders: nothing to read there.
      const path = targets.get(t.attrs.id ?? '');
      sheets.push({ name: t.attrs.name ?? '', path: path ?? null, state });
    } else if (t.name === 'definedName' && !t.selfClosing) {
      inName = t.attrs.localSheetId === undefined && t.attrs.name ? { name: t.attrs.name, start: t.end } : null;
    } else if (t.name === '/definedName' && inName) {
      const close = xml.lastIndexOf('<', t.end - 1);
      definedNames.push({ name: inName.name, value: decodeXml(xml.slice(inName.start, close)) });
      inName = null;
    }
  }
  return { sheets, definedNames, date1904 };
}
