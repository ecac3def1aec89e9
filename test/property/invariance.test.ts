/**
 * Figures that must not depend on how the data is laid out (issue 6 §4): the order of data rows,
 * Unicode NFC vs NFD; and identities that hold for any consistent counts (TTHC received =
 * online + direct + carried over; education shares sum to 100).
 */
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import type { TableName } from '../../src/core/schema';
import type { Figures } from '../../src/core/figures/types';
import { EDUCATION_LEVELS } from '../../src/core/figures/types';

const EXAMPLE = path.resolve(__dirname, '../../examples/ba-bich-2023.xlsx');

/** Tables whose rows are records in no particular order. Budget is an outline (parents above their
 * parts, revenue before expenditure); info and narrative are label/value: their order carries meaning. */
const ORDER_FREE: TableName[] = ['indicators', 'survey', 'documents', 'tthc', 'staff'];

let example: WorkbookSnapshot;
let baseline: Figures;
/** Table -> sheet and the sheet rows that may be permuted (data rows minus total rows). */
let movable: { table: TableName; sheet: string; rows: number[] }[];

beforeAll(async () => {
  example = await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(EXAMPLE)));
  const a = analyze(example);
  baseline = a.figures;
  movable = ORDER_FREE.map((table) => {
    const t = a.tables[table]!;
    const totals = new Set(t.rows.filter((r) => r.isTotal).map((r) => r.row));
    return { table, sheet: t.located.sheet, rows: t.located.dataRows.filter((r) => !totals.has(r)) };
  });
});

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Moves whole sheet rows (values, formats, fonts): sheet row rows[i] gets what was in rows[order[i]]. */
function permuteRows(s: SheetSnapshot, rows: number[], order: number[]): void {
  const grids = [s.values, s.formats, s.fonts].filter((g): g is (CellValue | string | null)[][] => !!g);
  for (const g of grids) {
    const before = rows.map((r) => g[r - s.origin.row]);
    rows.forEach((r, i) => (g[r - s.origin.row] = before[order[i]]));
  }
}

/** Figures with the parts whose order follows the rows put in a canonical order. */
function canonical(f: Figures): Figures {
  const c = clone(f);
  if (c.indicators) c.indicators.sort((a, b) => a.name.localeCompare(b.name));
  if (c.tthc) c.tthc.byField.sort((a, b) => a.field.localeCompare(b.field));
  if (c.documents) c.documents.byType = Object.fromEntries(Object.entries(c.documents.byType).sort(([a], [b]) => a.localeCompare(b)));
  return c;
}

function decomposeAll(snap: WorkbookSnapshot): WorkbookSnapshot {
  return {
    sheets: snap.sheets.map((s) => ({
      ...s,
      name: s.name.normalize('NFD'),
      values: s.values.map((r) => r.map((v) => (typeof v === 'string' ? v.normalize('NFD') : v))),
    })),
  };
}

describe('figures of the example do not depend on row order or Unicode form', () => {
  it('the example has rows to move in every order-free table (the property is not vacuous)', () => {
    for (const m of movable) expect(m.rows.length).toBeGreaterThan(1);
    expect(baseline.tthc?.received).toBe(289);
  });

  it('shuffling the data rows of order-free tables leaves the figures unchanged', () => {
    const orders = fc.tuple(...ORDER_FREE.map(() => fc.shuffledSubarray([...Array(64).keys()], { minLength: 64, maxLength: 64 })));
    fc.assert(
      fc.property(orders, (perms) => {
        const snap = clone(example);
        movable.forEach((m, i) => {
          // A permutation of 0..n-1 taken from the shuffled 0..63, keeping relative order.
          const order = perms[i].filter((k) => k < m.rows.length);
          permuteRows(
            snap.sheets.find((s) => s.name === m.sheet)!,
            m.rows,
            order,
          );
        });
        expect(canonical(analyze(snap).figures)).toEqual(canonical(baseline));
      }),
      { numRuns: 50 },
    );
  });

  it('decomposing every text to NFD leaves the figures deep-equal', () => {
    expect(analyze(decomposeAll(example)).figures).toEqual(baseline);
  });

  it('decomposing a random part of the texts leaves the figures deep-equal', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }), (which) => {
        let k = 0;
        const snap: WorkbookSnapshot = {
          sheets: example.sheets.map((s) => ({
            ...s,
            values: s.values.map((r) => r.map((v) => (typeof v === 'string' && which[k++ % 64] ? v.normalize('NFD') : v))),
          })),
        };
        expect(analyze(snap).figures).toEqual(baseline);
      }),
      { numRuns: 20 },
    );
  });
});

// ---------- synthetic tables with random counts ----------

const count = fc.integer({ min: 0, max: 5000 });
/** A count as a clerk may type it: a number, or text with Vietnamese thousands dots. */
const typed = (n: number, asText: boolean): CellValue => (asText ? n.toLocaleString('de-DE') : n);

interface FieldRow {
  field: string;
  online: number;
  direct: number;
  carriedOver: number;
  early: number;
  onTime: number;
  late: number;
  inTime: number;
  overdue: number;
}

const fieldRow = fc.record({
  field: fc.constantFrom('Hộ tịch', 'Chứng thực', 'Đất đai', 'Bảo trợ xã hội', 'Tư pháp', 'Xây dựng', 'Lao động', 'Y tế'),
  online: count,
  direct: count,
  carriedOver: count,
  early: count,
  onTime: count,
  late: count,
  inTime: count,
  overdue: count,
});

/** Biểu 06 with a two-level header; totals consistent with their parts. */
function bieu06(rows: FieldRow[], withTotal: boolean, withReceived: boolean, asText: boolean): SheetSnapshot {
  const line = (f: FieldRow): CellValue[] => {
    const received = f.online + f.direct + f.carriedOver;
    const cells = [
      received,
      f.online,
      f.direct,
      f.carriedOver,
      f.early + f.onTime + f.late,
      f.early,
      f.onTime,
      f.late,
      f.inTime + f.overdue,
      f.inTime,
      f.overdue,
    ];
    const typedCells = cells.map((n) => typed(n, asText));
    return [f.field, ...(withReceived ? typedCells : typedCells.slice(1))];
  };
  const sum = (k: keyof Omit<FieldRow, 'field'>) => rows.reduce((s, r) => s + r[k], 0);
  const total: FieldRow = {
    field: 'Tổng cộng',
    online: sum('online'),
    direct: sum('direct'),
    carriedOver: sum('carriedOver'),
    early: sum('early'),
    onTime: sum('onTime'),
    late: sum('late'),
    inTime: sum('inTime'),
    overdue: sum('overdue'),
  };
  const receivedHead = withReceived ? ['Tổng số', 'Trực tuyến', 'Trực tiếp', 'Kỳ trước chuyển sang'] : ['Trực tuyến', 'Trực tiếp', 'Kỳ trước chuyển sang'];
  const top: CellValue[] = [
    'Lĩnh vực',
    'Số hồ sơ nhận',
    ...new Array(receivedHead.length - 1).fill(null),
    'Đã giải quyết',
    null,
    null,
    null,
    'Đang giải quyết',
    null,
    null,
  ];
  const second: CellValue[] = [null, ...receivedHead, 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'];
  const values: CellValue[][] = [['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'], top, second, ...rows.map(line), ...(withTotal ? [line(total)] : [])];
  const width = second.length;
  return { name: 'Biểu 06', origin: { row: 0, col: 0 }, values: values.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]) };
}

const LEVEL_WORDS: Record<string, string> = {
  postgraduate: 'Thạc sĩ',
  university: 'Đại học',
  college: 'Cao đẳng',
  secondary: 'Trung cấp',
  none: 'Chưa qua đào tạo',
};

describe('identities on synthetic tables with random counts', () => {
  it('TTHC: received = online + direct + carried over, resolved and pending = their parts', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fieldRow, { minLength: 1, maxLength: 8, selector: (r) => r.field }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (rows, withTotal, withReceived, asText) => {
          const a = analyze({ sheets: [bieu06(rows, withTotal, withReceived, asText)] });
          const t = a.figures.tthc;
          expect(t).not.toBeNull();
          const sum = (k: keyof Omit<FieldRow, 'field'>) => rows.reduce((s, r) => s + r[k], 0);
          expect(t!.received).toBe(t!.online! + t!.direct! + t!.carriedOver!);
          expect(t!.received).toBe(sum('online') + sum('direct') + sum('carriedOver'));
          expect(t!.resolved).toBe(sum('early') + sum('onTime') + sum('late'));
          expect(t!.pending).toBe(sum('inTime') + sum('overdue'));
          expect(t!.byField.map((f) => f.field)).toEqual(rows.map((r) => r.field));
          for (const f of t!.byField) expect(f.received).toBe(f.online! + f.direct! + f.carriedOver!);
          // Consistent input: no sum or balance complaint.
          expect(a.issues.filter((i) => i.code === 'sum-mismatch')).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('staff per person: education shares sum to exactly 100 when anyone is counted', () => {
    const person = fc.record({
      category: fc.constantFrom('Cán bộ', 'Công chức', 'Không chuyên trách'),
      level: fc.constantFrom(...EDUCATION_LEVELS),
    });
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 60 }), (people) => {
        const values: CellValue[][] = [
          ['Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'],
          ...people.map((p, i) => [`Người ${i + 1}`, 'Chuyên viên', p.category, LEVEL_WORDS[p.level]] as CellValue[]),
        ];
        const a = analyze({ sheets: [{ name: 'CBCC', origin: { row: 0, col: 0 }, values }] });
        const s = a.figures.staff!;
        const cbcc = people.filter((p) => p.category !== 'Không chuyên trách');
        expect(s.canBo).toBe(people.filter((p) => p.category === 'Cán bộ').length);
        // A list that names no part-time worker does not say how many there are: null, never 0 (REPORTING-SCHEMA §4).
        expect(s.khongChuyenTrach).toBe(people.length - cbcc.length || null);
        for (const l of EDUCATION_LEVELS) expect(s.education[l].count).toBe(cbcc.filter((p) => p.level === l).length);
        if (cbcc.length > 0) expectHundred(EDUCATION_LEVELS.map((l) => s.education[l].pct));
      }),
      { numRuns: 150 },
    );
  });

  it('staff per level: education shares sum to exactly 100 when any count > 0', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 5, maxLength: 5 }), fc.boolean(), (counts, asText) => {
        const values: CellValue[][] = [
          ['Trình độ chuyên môn', 'Số lượng'],
          ...EDUCATION_LEVELS.map((l, i) => [LEVEL_WORDS[l], typed(counts[i], asText)] as CellValue[]),
        ];
        const s = analyze({ sheets: [{ name: 'Trình độ CBCC', origin: { row: 0, col: 0 }, values }] }).figures.staff!;
        EDUCATION_LEVELS.forEach((l, i) => expect(s.education[l].count).toBe(counts[i]));
        if (counts.some((c) => c > 0)) expectHundred(EDUCATION_LEVELS.map((l) => s.education[l].pct));
      }),
      { numRuns: 100 },
    );
  });
});

/** Rounded shares add up to 100 exactly at their own precision (one decimal), whatever float noise. */
function expectHundred(pcts: (number | null)[]): void {
  expect(pcts.every((p) => typeof p === 'number' && p >= 0)).toBe(true);
  const tenths = (pcts as number[]).map((p) => Math.round(p * 10));
  (pcts as number[]).forEach((p, i) => expect(Math.abs(p * 10 - tenths[i])).toBeLessThan(1e-9));
  expect(tenths.reduce((a, b) => a + b, 0)).toBe(1000);
}
