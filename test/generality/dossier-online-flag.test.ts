/**
 * A one-stop export whose channel is a yes/no column «Nộp trực tuyến» (tester 13 item 24, W68): yes is online, no is
 * direct, in the clerks' ways of writing it (Có / Không, x / blank, 1 / 0, Đúng / Sai, TRUE / FALSE). When the channel
 * cannot be told, online and direct are null AND an issue says why (REPORTING-SCHEMA §4): no channel column at all, a
 * channel column none of whose values is understood (named by its letter), or yes/no cells that say neither.
 * Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import { said } from '../helpers/words';
import type { Analysis } from '../../src/core/analyze';

type Cell = string | number | boolean | null;

/** Four dossiers of Q1 2025 (HS1, HS3 online in the W68 file), the channel column headed `head` holding `marks`. */
function log(head: string | null, marks: Cell[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thông tin'), 1, [
    ['Cơ quan ban hành', 'UBND xã Ba Tơ'],
    ['Từ ngày', '01/01/2025'],
    ['Đến ngày', '31/03/2025'],
  ]);
  const rows: Cell[][] = [
    [1, 'HS1', 'Đăng ký khai sinh', 'Hộ tịch', '05/01/2025', '08/01/2025', '07/01/2025', 'Đã trả kết quả'],
    [2, 'HS2', 'Đăng ký kết hôn', 'Hộ tịch', '10/01/2025', '13/01/2025', '13/01/2025', 'Đã trả kết quả'],
    [3, 'HS3', 'Chứng thực bản sao', 'Chứng thực', '03/02/2025', '04/02/2025', '05/02/2025', 'Đã trả kết quả'],
    [4, 'HS4', 'Hòa giải tranh chấp đất đai', 'Đất đai', '20/03/2025', '20/04/2025', null, 'Đang xử lý'],
  ];
  const withMark = (r: Cell[], m: Cell): Cell[] => (head === null ? r : [...r.slice(0, 4), m, ...r.slice(4)]);
  const header = ['STT', 'Mã hồ sơ', 'Tên thủ tục', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Trạng thái hồ sơ'];
  put(wb.addWorksheet('Hồ sơ'), 1, [withMark(header, head), ...rows.map((r, i) => withMark(r, marks[i]))]);
  return wb;
}

const channelIssues = (a: Analysis) =>
  a.issues.filter((i) => i.table === 'dossiers' && (i.field === 'channel' || i.field === 'onlineFlag')).map((i) => `${i.severity} ${i.cell} ${said(i, 'vi')}`);

describe('a yes/no «Nộp trực tuyến» column tells online from direct', () => {
  it.each<[string, string, Cell[]]>([
    ['Có / Không (W68)', 'Nộp trực tuyến', ['Có', 'Không', 'Có', 'Không']],
    ['x / blank', 'Nộp trực tuyến', ['x', null, 'X', null]],
    ['1 / 0 as numbers', 'Hồ sơ trực tuyến', [1, 0, 1, 0]],
    ['Đúng / Sai', 'Trực tuyến', ['Đúng', 'Sai', 'Đúng', 'Sai']],
    ['TRUE / FALSE', 'Nộp qua mạng', [true, false, true, false]],
    ['no diacritics', 'Nop truc tuyen', ['co', 'khong', 'co', 'khong']],
  ])('%s', async (_, head, marks) => {
    const a = await roundTrip(log(head, marks));
    expect(a.tables.dossiers?.located.columns).toMatchObject({ onlineFlag: 4 });
    expect(a.figures.tthc).toMatchObject({ received: 4, online: 2, direct: 2, onlinePct: 50 });
    // By field: HS1 online, HS2 direct (Hộ tịch); HS3 online (Chứng thực); HS4 direct (Đất đai).
    expect(a.figures.tthc!.byField.map((f) => [f.field, f.online, f.direct])).toEqual([
      ['Hộ tịch', 1, 1],
      ['Chứng thực', 1, 0],
      ['Đất đai', 0, 1],
    ]);
    expect(channelIssues(a)).toEqual([]);
  });

  it('a blank in a column that writes «Không» is a gap, said at its cell, not guessed', async () => {
    const a = await roundTrip(log('Nộp trực tuyến', ['Có', 'Không', null, 'Không']));
    expect(a.figures.tthc).toMatchObject({ received: 4, online: null, direct: null, onlinePct: null });
    expect(channelIssues(a)).toEqual([expect.stringMatching(/^warning E4 1 hồ sơ không ghi rõ có nộp trực tuyến hay không ở cột «Nộp trực tuyến» \(ô E4\)/)]);
  });
});

describe('online and direct unknown: an issue says why', () => {
  it('no channel column at all', async () => {
    const a = await roundTrip(log(null, []));
    expect(a.figures.tthc).toMatchObject({ received: 4, online: null, direct: null, onlinePct: null });
    expect(channelIssues(a)).toEqual([expect.stringMatching(/^warning A1:H5 Danh sách hồ sơ không có cột cho biết hồ sơ nộp trực tuyến hay trực tiếp/)]);
  });

  it('a yes/no column none of whose values says yes or no names its column', async () => {
    const a = await roundTrip(log('Nộp trực tuyến', ['Mức 2', 'Mức 2', 'Mức 3', 'Mức 2']));
    expect(a.figures.tthc).toMatchObject({ online: null, direct: null });
    expect(channelIssues(a)).toEqual([
      'warning E2:E5 Cột E («Nộp trực tuyến») của danh sách hồ sơ không có giá trị nào cho biết hồ sơ nộp trực tuyến hay trực tiếp (ví dụ «Mức 2») nên chưa tính được số hồ sơ trực tuyến, trực tiếp và tỷ lệ hồ sơ trực tuyến.',
    ]);
  });

  it('a channel column of words none of which is a channel names its column too', async () => {
    const a = await roundTrip(log('Hình thức nộp', ['Có', 'Không', 'Có', 'Không']));
    expect(a.figures.tthc).toMatchObject({ online: null, direct: null });
    expect(channelIssues(a)).toContain(
      'warning E2:E5 Cột E («Hình thức nộp») của danh sách hồ sơ không có giá trị nào cho biết hồ sơ nộp trực tuyến hay trực tiếp (ví dụ «Có») nên chưa tính được số hồ sơ trực tuyến, trực tiếp và tỷ lệ hồ sơ trực tuyến.',
    );
  });
});
