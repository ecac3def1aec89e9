/**
 * tester 17 T02: Biểu 06 with «Tổng số hồ sơ tiếp nhận» split «Tổng số | Trong kỳ | Từ kỳ trước | Trong đó: Trực tuyến»
 * and no direct column: direct = Trong kỳ − Trực tuyến (or Tổng số − Trực tuyến − Từ kỳ trước), said in an info,
 * instead of null and a warning. Real .xlsx written with exceljs (merged 3-row header), read back.
 */
import ExcelJS from 'exceljs';
import { analyze, type Analysis } from '../../../src/core/analyze';
import { readSnapshotFromXlsx } from '../../../src/hosts/file';
import { issueMessage } from '../../../src/core/issues';

type Row = (string | number | null)[];

async function book(rows: Row[], merges: string[]): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('Bieu 06');
  rows.forEach((r, k) => (s.getRow(k + 1).values = r));
  for (const m of merges) s.mergeCells(m);
  return analyze(await readSnapshotFromXlsx(new Uint8Array(await wb.xlsx.writeBuffer())));
}

const HEAD: Row[] = [
  ['TỔNG HỢP TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC QUÝ III NĂM 2025'],
  ['STT', 'Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', '', '', '', 'Số hồ sơ đã giải quyết', '', '', '', 'Số hồ sơ đang giải quyết'],
  ['', '', 'Tổng số', 'Trong kỳ', 'Từ kỳ trước', 'Trong đó:\nTrực tuyến', 'Tổng số', 'Chia ra', '', '', 'Tổng số', 'Chia ra'],
  ['', '', '', '', '', '', '', 'Trước hạn', 'Đúng hạn', 'Quá hạn', '', 'Trong hạn', 'Quá hạn'],
];
const MERGES = ['A2:A4', 'B2:B4', 'C2:F2', 'G2:J2', 'K2:M2', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:G4', 'H3:J3', 'K3:K4', 'L3:M3'];
const BODY: Row[] = [
  [1, 'Hộ tịch', 85, 80, 5, 50, 82, 30, 50, 2, 3, 3, 0],
  [2, 'Chứng thực', 140, 140, 0, 20, 140, 90, 50, 0, 0, 0, 0],
  [3, 'Đất đai', 25, 18, 7, 3, 20, 5, 12, 3, 5, 2, 3],
  ['', 'Tổng cộng', 250, 238, 12, 73, 242, 125, 112, 5, 8, 5, 3],
];

describe('a TTHC channel without its column, told by difference', () => {
  test('«Trong kỳ» less «Trực tuyến»: direct 165, one info naming the columns, no warning', async () => {
    const a = await book([...HEAD, ...BODY], MERGES);
    const t = a.figures.tthc!;
    expect(t).toMatchObject({ received: 250, online: 73, direct: 165, carriedOver: 12, onlinePct: 29.2 });
    expect(t.byField.map((f) => f.direct)).toEqual([30, 120, 15]);
    const said = a.issues.filter((i) => i.table === 'tthc' && i.field === 'direct');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ severity: 'info', code: 'missing-label' });
    expect(issueMessage(said[0], 'vi')).toContain('được tính bằng cột «Trong kỳ» (D) trừ cột «Trong đó: Trực tuyến» (F)');
  });

  test('no «Trong kỳ»: Tổng số less Trực tuyến and Từ kỳ trước', async () => {
    const drop = (r: Row) => [...r.slice(0, 3), ...r.slice(4)];
    const merges = ['A2:A4', 'B2:B4', 'C2:E2', 'F2:I2', 'J2:L2', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:I3', 'J3:J4', 'K3:L3'];
    const a = await book([HEAD[0], ...HEAD.slice(1).map(drop), ...BODY.map(drop)], merges);
    expect(a.figures.tthc).toMatchObject({ received: 250, online: 73, direct: 165, carriedOver: 12 });
    const said = a.issues.filter((i) => i.table === 'tthc' && i.field === 'direct');
    expect(said.map((i) => i.severity)).toEqual(['info']);
    expect(issueMessage(said[0], 'vi')).toContain('cột «Tổng số hồ sơ tiếp nhận - Tổng số» (C) trừ cột «Trong đó: Trực tuyến» (E) − «Từ kỳ trước» (D)');
  });

  test('a difference below zero is no count: direct stays blank', async () => {
    const body = BODY.map((r) => (r[1] === 'Đất đai' ? [3, 'Đất đai', 25, 18, 7, 30, 20, 5, 12, 3, 5, 2, 3] : r));
    const a = await book([...HEAD, ...body], MERGES);
    expect(a.figures.tthc!.byField[2].direct).toBeNull();
  });
});
