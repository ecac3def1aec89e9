/**
 * xl/styles.xml: for each cell style index (the `s` of a cell), its number format and font name.
 * Built-in formats have no code in the file; their codes are Excel's (the same table exceljs uses),
 * and the East Asian built-in date formats read as plain dates.
 */
import { isDateFormat } from '../../core/read/date';
import { tags } from './xml';

const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Locale-dependent built-ins (27–36, 50–58) are dates or times in every locale that has them. */
function builtIn(id: number): string | null {
  if (BUILT_IN[id] !== undefined) return BUILT_IN[id];
  if ((id >= 27 && id <= 31) || id === 36 || (id >= 50 && id <= 58)) return 'dd/mm/yyyy';
  if (id >= 32 && id <= 35) return 'h:mm:ss';
  return null;
}

export interface Styles {
  /** Number format by style index; null = General. */
  formats: (string | null)[];
  /** Font name by style index; null = unknown. */
  fonts: (string | null)[];
  /** Whether the style's number format shows a date, by style index. */
  dates: boolean[];
}

export const NO_STYLES: Styles = { formats: [], fonts: [], dates: [] };

export function parseStyles(xml: string): Styles {
  const custom = new Map<number, string>();
  const fontNames: (string | null)[] = [];
  const xfs: { numFmtId: number; fontId: number }[] = [];
  let section = '';
  let inFont = false;
  for (const t of tags(xml)) {
    const n = t.name;
    if (n === 'numFmts' || n === 'fonts' || n === 'cellXfs' || n === 'cellStyleXfs' || n === 'dxfs') {
      if (!t.selfClosing) section = n;
    } else if (n === '/numFmts' || n === '/fonts' || n === '/cellXfs' || n === '/cellStyleXfs' || n === '/dxfs') section = '';
    else if (section === 'numFmts' && n === 'numFmt') {
      const id = Number(t.attrs.numFmtId);
      if (Number.isInteger(id) && t.attrs.formatCode !== undefined) custom.set(id, t.attrs.formatCode);
    } else if (section === 'fonts' && n === 'font') {
      fontNames.push(null);
      inFont = !t.selfClosing;
    } else if (section === 'fonts' && n === '/font') inFont = false;
    else if (section === 'fonts' && inFont && n === 'name' && t.attrs.val !== undefined) fontNames[fontNames.length - 1] = t.attrs.val;
    else if (section === 'cellXfs' && n === 'xf') xfs.push({ numFmtId: Number(t.attrs.numFmtId ?? 0), fontId: Number(t.attrs.fontId ?? 0) });
  }
  const formats = xfs.map((x) => {
    const code = custom.get(x.numFmtId) ?? builtIn(x.numFmtId);
    return code && code !== 'General' ? code : null;
  });
  return {
    formats,
    fonts: xfs.map((x) => fontNames[x.fontId] ?? null),
    dates: formats.map((f) => isDateFormat(f)),
  };
}
