/**
 * Hostile grids through the whole core (issue 6 §4): whatever a workbook holds, analyze() returns,
 * every issue points inside an existing sheet's used range with a Vietnamese message, and no figure
 * is NaN or Infinity.
 */
import fc from 'fast-check';
import { analyze, type Analysis } from '../../src/core/analyze';
import { SCHEMA, TABLE_NAMES } from '../../src/core/schema';
import { parseRange } from '../../src/core/address';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { issueMessage, issueText } from '../../src/core/issues';
import { sheetReading } from '../../src/core/text/sheetName';

// ---------- vocabulary ----------

/** Every header-like word the schema knows: synonyms, title words, category words, labels. */
const SCHEMA_WORDS: string[] = (() => {
  const words = new Set<string>();
  for (const t of TABLE_NAMES) {
    const spec = SCHEMA[t];
    spec.titleWords.forEach((w) => words.add(w));
    words.add(spec.label.vi);
    for (const f of spec.fields) {
      f.synonyms.forEach((w) => words.add(w));
      words.add(f.label.vi);
      for (const list of Object.values(f.categories ?? {})) list.forEach((w) => words.add(w));
    }
  }
  return [...words];
})();

const EXTRA_WORDS = [
  'Tổng cộng',
  'Cộng',
  'STT',
  'ĐVT: triệu đồng',
  'ĐVT: nghìn đồng',
  'Đơn vị tính: đồng',
  '(1)',
  '(2)',
  'I',
  'II',
  '1.1',
  'a)',
  'Kỳ báo cáo',
  'Ngày báo cáo',
];

/** TCVN3 (ABC) and VNI bytes as a legacy font shows them: "Tổng số hồ sơ", "Trình độ", "Cán bộ". */
const LEGACY_TEXT = [
  'Tæng sè hå s¬',
  'Tr×nh ®é chuyªn m«n',
  'C¸n bé',
  '§· gi¶i quyÕt',
  'Toång soá hoà sô',
  'Trình ñoä',
  'Caùn boä',
  'Ñaõ giaûi quyeát',
  'Hé tÞch',
  'Lónh vöïc',
];
const LEGACY_FONTS = ['.VnTime', '.VnTimeH', 'VNI-Times', 'VNI-Helve', 'Times New Roman', null];
const FORMATS = ['General', '#,##0', '#,##0.00', '0%', '0.00%', 'dd/mm/yyyy', 'd/m/yyyy h:mm', 'yyyy-mm-dd', '@', null];

const nfc = (s: string) => s.normalize('NFC');
const nfd = (s: string) => s.normalize('NFD');

const word = fc.constantFrom(...SCHEMA_WORDS, ...EXTRA_WORDS);
const headerText = fc.tuple(word, fc.boolean(), fc.constantFrom('', ' ', ' (%)', ':', '\n')).map(([w, d, tail]) => (d ? nfd(w + tail) : nfc(w + tail)));

const numericText = fc.oneof(
  // Vietnamese: dots for thousands, comma for decimals
  fc
    .tuple(fc.integer({ min: 0, max: 9_999_999_999 }), fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }))
    .map(([n, d]) => n.toLocaleString('de-DE') + (d === undefined ? '' : `,${String(d).padStart(2, '0')}`)),
  // English: commas for thousands, dot for decimals
  fc
    .tuple(fc.integer({ min: 0, max: 9_999_999_999 }), fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }))
    .map(([n, d]) => n.toLocaleString('en-US') + (d === undefined ? '' : `.${String(d).padStart(2, '0')}`)),
  fc.tuple(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.constantFrom('%', ' %', '', ' đồng', 'đ', '₫')).map(([n, s]) => `${n}${s}`),
  fc.constantFrom('-', '--', '0', '00', '1e308', '1e309', '-0', '.', ',', '1.2.3', '1,2,3', '(1.000)', 'NaN', 'Infinity', '  12  ', '١٢'),
);

const dateSerial = fc.oneof(fc.integer({ min: -10, max: 2_958_466 }), fc.double({ min: 40000, max: 50000, noNaN: true }));
const dateText = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1800, max: 2200 }))
  .map(([d, m, y]) => `${d}/${m}/${y}`);

const errorValue = fc.constantFrom('#N/A', '#DIV/0!', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!').map((e) => ({ error: e }));

const plainText = fc
  .oneof(
    fc.string({ maxLength: 20 }),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom(
      'Hộ tịch',
      'Chứng thực',
      'Đất đai',
      'Nguyễn Văn A',
      'đại học',
      'trung cấp',
      'cán bộ',
      'công chức',
      'Số 12/QĐ-UBND',
      '05/04/2023',
      'x',
      ' ',
      '\t',
      '\u00a0',
      '\u200b',
    ),
  )
  .map((s) => (s.length % 2 ? nfd(s) : s));

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000_000 }), fc.double({ noNaN: true, noDefaultInfinity: true })) },
  { weight: 2, arbitrary: numericText },
  { weight: 1, arbitrary: dateSerial },
  { weight: 1, arbitrary: dateText },
  { weight: 1, arbitrary: errorValue },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 3, arbitrary: headerText },
  { weight: 1, arbitrary: fc.constantFrom(...LEGACY_TEXT) },
  { weight: 2, arbitrary: plainText },
);

const sheetName = fc.oneof(
  fc.constantFrom(...TABLE_NAMES.map((t) => SCHEMA[t].label.vi), 'TTHC Q1', 'CBCC', 'Thu chi NS', 'Sheet1', 'Báo cáo CCHC', "O'Brien", 'A:B', 'Trang tính 2'),
  fc.string({ minLength: 1, maxLength: 31 }),
);

/** A sheet of ragged rows with per-cell formats and fonts (legacy fonts included). */
function sheetArb(maxRows: number, maxCols: number, value: fc.Arbitrary<CellValue>): fc.Arbitrary<Omit<SheetSnapshot, 'name'>> {
  const cell = fc.record({ v: value, fmt: fc.constantFrom(...FORMATS), font: fc.constantFrom(...LEGACY_FONTS) });
  return fc
    .record({
      rows: fc.array(fc.array(cell, { maxLength: maxCols }), { maxLength: maxRows }),
      origin: fc.record({ row: fc.integer({ min: 0, max: 40 }), col: fc.integer({ min: 0, max: 30 }) }),
      withFormats: fc.boolean(),
      withFonts: fc.boolean(),
      merges: fc.array(fc.constantFrom('A1:C1', 'B2:B4', 'A1', 'D5:F6', 'Z99:AA100', 'C3:C3'), { maxLength: 3 }),
      madeByAddin: fc.boolean().map((b) => (b ? true : undefined)),
    })
    .map(({ rows, origin, withFormats, withFonts, merges, madeByAddin }) => {
      const s: Omit<SheetSnapshot, 'name'> = { origin, values: rows.map((r) => r.map((c) => c.v)), merges };
      if (withFormats) s.formats = rows.map((r) => r.map((c) => c.fmt));
      if (withFonts) s.fonts = rows.map((r) => r.map((c) => c.font));
      if (madeByAddin) s.madeByAddin = true;
      return s;
    });
}

function workbookArb(maxRows: number, maxCols: number, value: fc.Arbitrary<CellValue>): fc.Arbitrary<WorkbookSnapshot> {
  return fc.array(fc.tuple(sheetName, sheetArb(maxRows, maxCols, value)), { maxLength: 6 }).map((list) => {
    // Excel sheet names are unique without case.
    const seen = new Set<string>();
    const sheets: SheetSnapshot[] = [];
    for (const [name, s] of list) {
      if (seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      sheets.push({ name, ...s });
    }
    return { sheets };
  });
}

/** A sheet that looks like a table: a header row of schema words then data rows of any value. */
const tableLikeSheet = fc
  .record({
    title: fc.option(word, { nil: null }),
    header: fc.array(headerText, { minLength: 2, maxLength: 9 }),
    data: fc.array(fc.array(cellValue, { maxLength: 10 }), { maxLength: 12 }),
    origin: fc.record({ row: fc.integer({ min: 0, max: 5 }), col: fc.integer({ min: 0, max: 3 }) }),
    font: fc.constantFrom(...LEGACY_FONTS),
  })
  .map(({ title, header, data, origin, font }) => {
    const rows: CellValue[][] = [...(title ? [[title]] : []), header, ...data];
    const width = Math.max(...rows.map((r) => r.length));
    const s: Omit<SheetSnapshot, 'name'> = {
      origin,
      values: rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]),
      fonts: rows.map((r) => new Array<string | null>(width).fill(null).map((_, i) => (i < r.length ? font : null))),
    };
    return s;
  });

const tableWorkbook: fc.Arbitrary<WorkbookSnapshot> = fc.array(fc.tuple(sheetName, tableLikeSheet), { minLength: 1, maxLength: 5 }).map((list) => {
  const seen = new Set<string>();
  return {
    sheets: list.flatMap(([name, s]) => {
      if (seen.has(name.toLowerCase())) return [];
      seen.add(name.toLowerCase());
      return [{ name, ...s }];
    }),
  };
});

// ---------- invariants ----------

/** Rows origin.row.. and columns origin.col.. up to the widest row: where an issue may point. */
function usedRange(s: SheetSnapshot) {
  const width = Math.max(0, ...s.values.map((r) => r.length));
  return { top: s.origin.row, left: s.origin.col, bottom: s.origin.row + s.values.length - 1, right: s.origin.col + width - 1 };
}

function* badFigures(v: unknown, path: string): Generator<string> {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) yield `${path} = ${v}`;
  } else if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) yield* badFigures(v[i], `${path}.${i}`);
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) yield* badFigures(x, `${path}.${k}`);
  }
}

/**
 * `text` without the texts the workbook gave it (the sheet's name and its reading, the params' values): a sheet
 * named "{0}" or a cell reading "{x}" is the clerk's, not a placeholder the catalogue left unfilled.
 */
function withoutGivenTexts(text: string, issue: Analysis['issues'][number]): string {
  const given = [issue.sheet, sheetReading(issue.sheet) ?? '', ...Object.values(issue.params ?? {}).map(String)];
  return given.filter((g) => g !== '').reduce((t, g) => t.split(g).join(''), text);
}

/** All that must hold of any analysis of `snap`; returns the broken ones (empty = fine). */
export function violations(snap: WorkbookSnapshot, a: Analysis): string[] {
  const out: string[] = [];
  const byName = new Map(snap.sheets.map((s) => [s.name, s]));
  for (const issue of a.issues) {
    const where = `${issue.code} ${JSON.stringify(issue.sheet)}!${issue.cell}`;
    for (const lang of ['vi', 'en'] as const) {
      const { message, hint } = issueText(issue, lang, 'pane');
      if (message.trim() === '') out.push(`${where}: empty message in ${lang}`);
      if (/\{\w+\}/.test(withoutGivenTexts(`${message} ${hint ?? ''}`, issue))) out.push(`${where}: a placeholder left unfilled in ${lang}`);
    }
    if (issue.sheet === '') {
      if (issue.cell !== '') out.push(`${where}: a cell without a sheet`);
      if (issue.code !== 'missing-table') out.push(`${where}: no sheet`);
      continue;
    }
    const s = byName.get(issue.sheet);
    if (!s) {
      out.push(`${where}: no such sheet`);
      continue;
    }
    if (issue.cell === '') continue;
    const used = usedRange(s);
    // A missing row of the info block is said where to add it: the row just under the block may be past the used range,
    // and so may an empty value's cell, beside its label in the last filled column.
    const u = issue.code === 'missing-cell' && issue.table === 'info' ? { ...used, bottom: used.bottom + 1, right: used.right + 1 } : used;
    for (const part of issue.cell.split(/\s*[,;]\s*|\s+/).filter(Boolean)) {
      const r = parseRange(part);
      if (!r) out.push(`${where}: "${part}" is not A1`);
      else if (r.top < u.top || r.left < u.left || r.bottom > u.bottom || r.right > u.right) {
        out.push(`${where}: "${part}" outside the used range rows ${u.top}-${u.bottom} cols ${u.left}-${u.right}`);
      }
    }
  }
  out.push(...badFigures(a.figures, 'figures'));
  return out;
}

/** What the generated cases reached, so that a generator that stopped producing tables is noticed. */
const reached = { cases: 0, withTable: 0, withCellIssue: 0 };

function check(snap: WorkbookSnapshot): void {
  let a: Analysis;
  try {
    a = analyze(snap);
  } catch (e) {
    throw new Error(`analyze threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
  expect(violations(snap, a)).toEqual([]);
  reached.cases++;
  if (Object.keys(a.tables).length > 0) reached.withTable++;
  if (a.issues.some((i) => i.cell !== '')) reached.withCellIssue++;
}

function resetReached(): void {
  reached.cases = reached.withTable = reached.withCellIssue = 0;
}

describe('analyze on hostile grids', () => {
  it('never throws on random small grids of every kind of value; issues point inside sheets; figures finite', () => {
    fc.assert(
      fc.property(workbookArb(8, 8, cellValue), (snap) => check(snap)),
      { numRuns: 400 },
    );
  });

  it('never throws on table-like sheets (schema headers, legacy fonts, NFD) and keeps the invariants', () => {
    resetReached();
    fc.assert(
      fc.property(tableWorkbook, (snap) => check(snap)),
      { numRuns: 300 },
    );
    // The generator must really reach the table reader and the checks, not only empty workbooks.
    expect(reached.withTable).toBeGreaterThan(reached.cases / 4);
    expect(reached.withCellIssue).toBeGreaterThan(reached.cases / 4);
  });

  it('gives every issue a message in English too', () => {
    fc.assert(
      fc.property(tableWorkbook, (snap) => {
        const a = analyze(snap);
        expect(a.issues.filter((i) => issueMessage(i, 'en').trim() === '')).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('copes with huge strings (up to 100 000 characters) in headers and data', () => {
    const huge = fc
      .tuple(fc.constantFrom('a', 'Tổng số ', nfd('đã giải quyết '), 'Tæng sè ', '1.000.', ' ', '9'), fc.integer({ min: 1000, max: 100_000 }))
      .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));
    const value = fc.oneof(cellValue, huge);
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 4 }), { minLength: 1, maxLength: 4 }), fc.constantFrom(...LEGACY_FONTS), (rows, font) => {
        const snap: WorkbookSnapshot = {
          sheets: [
            {
              name: 'TTHC',
              origin: { row: 2, col: 1 },
              values: [['Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Đã giải quyết'], ...rows],
              fonts: [[font, font, font]],
            },
          ],
        };
        check(snap);
      }),
      { numRuns: 40 },
    );
  });

  it('the invariant checker itself catches an out-of-sheet cell (it can fail)', () => {
    const snap: WorkbookSnapshot = { sheets: [{ name: 'S', origin: { row: 0, col: 0 }, values: [[1, 2]] }] };
    const fake = {
      figures: { tthc: { received: NaN } },
      issues: [
        {
          code: 'type-error',
          severity: 'error',
          sheet: 'S',
          cell: 'A1, C1',
          table: '',
          field: '',
          sentence: 'not-a-number',
          params: { where: 'x', text: 'x' },
        },
        { code: 'type-error', severity: 'error', sheet: 'T', cell: 'A1', table: '', field: '', sentence: 'not-a-number', params: {} },
      ],
    } as unknown as Analysis;
    const v = violations(snap, fake);
    expect(v.some((x) => x.includes('"C1" outside'))).toBe(true);
    expect(v.some((x) => x.includes('no such sheet'))).toBe(true);
    expect(v.some((x) => x.includes('a placeholder left unfilled in vi'))).toBe(true);
    expect(v.some((x) => x.includes('NaN'))).toBe(true);
  });
});
