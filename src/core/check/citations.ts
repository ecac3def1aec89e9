/**
 * Documents cited in the narrative ("Kế hoạch số 38/KH-UBND ngày 23/02/2023"): the seed's wrong
 * dates, numbers and symbols sit in its prose, not in a list. Each citation keeps its narrative cell,
 * so the document checks (dates.ts, documents.ts) can point at the paragraph.
 * date-after-report (error) applies to every citation; doc-number-format and number-order only to
 * the commune's own documents (other bodies number their documents in their own series).
 */
import type { Issue, IssueParam } from '../issues';
import type { ReadResult } from '../read';
import { toSerial } from '../format';
import { fold } from '../text/fold';
import { cellOf, str } from './values';
import type { DocEntry } from './documents';
import * as msg from './checkIssues';

export interface Citation extends DocEntry {
  /** The narrative row's section label ("2.7"), '' when blank. */
  section: string;
  /** False when the document is another body's (UBND huyện, Chính phủ, Huyện ủy, ...). */
  own: boolean;
}

const TYPES = [
  'Quyết định',
  'Kế hoạch',
  'Công văn',
  'Báo cáo',
  'Thông báo',
  'Chỉ thị',
  'Tờ trình',
  'Nghị quyết',
  'Nghị định',
  'Thông tư',
  'Chương trình',
  'Hướng dẫn',
  'Quy chế',
  'Quy định',
  'Đề án',
  'Phương án',
  'Công điện',
  'Kết luận',
];

let citation: RegExp | undefined;

/**
 * "<type> số <number/symbol> ngày <d/m/yyyy>"; the number/symbol is the text up to " ngày " (no ';', '(' or ',' in it).
 * Compiled on first use, as a workbook without a narrative never needs it: a Unicode property class under
 * the `i` flag takes milliseconds to build and tens of them to run the first time.
 */
const citationPattern = (): RegExp =>
  (citation ??= new RegExp(
    String.raw`(?<![\p{L}])(${TYPES.join('|')})\s+số\s*:?\s*([^;,()\n]{1,40}?)\s+ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})(?!\d)`,
    'giu',
  ));

/** Folded issuers that make a citation another body's document ("... của UBND huyện"). */
const EXTERNAL = [
  'ubnd huyen',
  'ubnd tinh',
  'uy ban nhan dan huyen',
  'uy ban nhan dan tinh',
  'chinh phu',
  'thu tuong',
  'huyen uy',
  'tinh uy',
  'ban thuong vu',
  'hdnd tinh',
  'hdnd huyen',
  'hoi dong nhan dan tinh',
  'hoi dong nhan dan huyen',
  'phong',
  'so',
  'van phong chinh phu',
];

/** How many words after the date an issuer ("của ...") may start. */
const ISSUER_WINDOW = 4;

/** True when the words after a citation name another body as its issuer. */
export function isExternalIssuer(after: string): boolean {
  const words = fold(after).split(' ').filter(Boolean);
  const i = words.indexOf('cua');
  if (i < 0 || i >= ISSUER_WINDOW) return false;
  const issuer = ` ${words.slice(i + 1, i + 8).join(' ')} `;
  return EXTERNAL.some((e) => issuer.startsWith(` ${e} `));
}

/** A symbol no commune issues under: a Party document ("23-CTr/HU") or a numbered-by-year legal one ("61/2018/NĐ-CP"). */
function isExternalSymbol(numberText: string): boolean {
  return /^\d+-/.test(numberText) || /^\d+\/\d{4}\//.test(numberText);
}

/** Every document citation in the narrative's text cells, in reading order, each document once. */
export function extractCitations(read: ReadResult): Citation[] {
  const t = read.tables.narrative;
  if (!t) return [];
  const out: Citation[] = [];
  const seen = new Set<string>();
  for (const row of t.rows) {
    const text = str(row, 'text');
    if (text === null) continue;
    const s = text.normalize('NFC');
    for (const m of s.matchAll(citationPattern())) {
      const numberText = m[2].trim();
      const [dd, mm, yy] = [Number(m[3]), Number(m[4]), Number(m[5])];
      if (mm < 1 || mm > 12 || dd < 1 || dd > 31) continue;
      const date = toSerial(yy, mm, dd);
      const key = `${numberText}|${date}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const after = s.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 80);
      out.push({
        numberText,
        date,
        sheet: row.sheet,
        cell: cellOf(row, 'text'),
        table: 'narrative',
        field: 'text',
        section: str(row, 'section') ?? '',
        own: !isExternalIssuer(after) && !isExternalSymbol(numberText),
      });
    }
  }
  return out;
}

/** "Văn bản số 27/BC-UBND được dẫn trong phần thuyết minh (mục 2.7)". */
export function citedWhat(c: { numberText: string; section: string }): IssueParam {
  const section: IssueParam = c.section ? { phrase: 'in-section', params: { section: c.section } } : '';
  return { phrase: 'document-cited', params: { number: c.numberText, section } };
}

/**
 * date-after-report for cited documents. A citation that repeats a row of the documents table
 * (same number and date) is left to the table's own check.
 */
export function checkCitationDates(read: ReadResult, citations: Citation[], inTable: (c: Citation) => boolean): Issue[] {
  if (read.info.reportDate === null) return [];
  const report = Math.floor(read.info.reportDate);
  const out: Issue[] = [];
  for (const c of citations) {
    if (c.date === null || Math.floor(c.date) <= report || inTable(c)) continue;
    out.push(msg.dateAfterReport(c, citedWhat(c), c.date, report));
  }
  return out;
}
