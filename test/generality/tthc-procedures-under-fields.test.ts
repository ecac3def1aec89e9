/**
 * Biểu 06 counted per thủ tục under label-only field rows (tester 13 item 34, W110): «I | LĨNH VỰC HỘ TỊCH», «II |
 * LĨNH VỰC CHỨNG THỰC» above rows per procedure. The totals are the procedures' sums, and byField lists the lĩnh vực
 * (each the sum of its procedures), never the procedures; the same procedure name under two fields is no duplicate.
 * Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';

const HEAD = [
  'STT',
  'Tên thủ tục hành chính',
  'Tổng số hồ sơ tiếp nhận',
  'Trực tuyến',
  'Trực tiếp',
  'Đã giải quyết',
  'Trước hạn',
  'Đúng hạn',
  'Quá hạn',
  'Đang giải quyết',
];
const HO_TICH = [
  [1, 'Đăng ký khai sinh', 80, 15, 65, 78, 40, 35, 3, 2],
  [2, 'Đăng ký kết hôn', 40, 5, 35, 37, 20, 15, 2, 3],
];
const CHUNG_THUC = [
  [1, 'Chứng thực bản sao từ bản chính', 150, 5, 145, 150, 120, 30, 0, 0],
  [2, 'Chứng thực chữ ký', 50, 5, 45, 50, 30, 20, 0, 0],
];
const RIGHT = [
  ['Hộ tịch', 120, 20, 100, 115, 60, 50, 5, 5],
  ['Chứng thực', 200, 10, 190, 200, 150, 50, 0, 0],
];
const keys = ['received', 'online', 'direct', 'resolved', 'early', 'onTime', 'late', 'pending'] as const;

function book(groups: [(string | null)[], (string | null)[]], merged = false): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('TTHC');
  put(ws, 1, [['KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I/2025'], [], HEAD, groups[0], ...HO_TICH, groups[1], ...CHUNG_THUC]);
  if (merged) {
    ws.mergeCells('A4:J4');
    ws.mergeCells('A7:J7');
  }
  return wb;
}

describe('procedures under field group rows', () => {
  it.each<[string, [(string | null)[], (string | null)[]], boolean]>([
    [
      '«I | LĨNH VỰC HỘ TỊCH» (W110)',
      [
        ['I', 'LĨNH VỰC HỘ TỊCH'],
        ['II', 'LĨNH VỰC CHỨNG THỰC'],
      ],
      false,
    ],
    [
      '«A | Lĩnh vực: Hộ tịch»',
      [
        ['A', 'Lĩnh vực: Hộ tịch'],
        ['B', 'Lĩnh vực: Chứng thực'],
      ],
      false,
    ],
    ['a merged row «I. Hộ tịch (2)»', [['I. Hộ tịch (2)'], ['II. Chứng thực (2)']], true],
  ])('%s: byField per lĩnh vực', async (_, groups, merged) => {
    const a = await roundTrip(book(groups, merged));
    const t = a.figures.tthc!;
    expect(t).toMatchObject({ received: 320, online: 30, direct: 290, resolved: 315, early: 210, onTime: 100, late: 5, pending: 5 });
    expect(t.byField.map((f) => [f.field, ...keys.map((k) => f[k])])).toEqual(RIGHT);
    expect(t.byField.map((f) => f.onlinePct)).toEqual([16.7, 5]);
    expect(a.issues.filter((i) => i.table === 'tthc' && i.severity !== 'info')).toEqual([]);
  });

  it('the same procedure name under two fields is no duplicate', async () => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('TTHC'), 1, [
      HEAD,
      ['I', 'LĨNH VỰC HỘ TỊCH'],
      [1, 'Cấp bản sao trích lục', 10, 2, 8, 10, 5, 5, 0, 0],
      ['II', 'LĨNH VỰC CHỨNG THỰC'],
      [1, 'Cấp bản sao trích lục', 20, 4, 16, 20, 10, 10, 0, 0],
    ]);
    const a = await roundTrip(wb);
    expect(a.figures.tthc!.byField.map((f) => [f.field, f.received])).toEqual([
      ['Hộ tịch', 10],
      ['Chứng thực', 20],
    ]);
    expect(a.issues.filter((i) => i.code === 'duplicate-row')).toEqual([]);
  });
});
