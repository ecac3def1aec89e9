/** The command line's issue list reads as the sheet does: per sheet, errors first, then row by row, left to right. */
import * as fs from 'fs';
import * as path from 'path';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { analyze } from '../../src/core/analyze';
import ExcelJS from 'exceljs';
import { formatIssues } from '../../src/cli/print';
import { groupLines, issueLines } from '../../src/ui/issueLines';
import { runCli } from './runCli';
import { tempDir } from '../helpers/xlsx';
import type { Issue } from '../../src/core/issues';

const at = (cell: string, severity: Issue['severity'] = 'warning', sheet = 'TTHC'): Issue => ({
  code: 'type-error',
  severity,
  sheet,
  cell,
  table: 'tthc',
  field: '',
  sentence: 'not-a-number',
  params: { where: `Ô ${cell}`, text: '«x»' },
});

it('orders a sheet’s issues by severity, then by row and column, as the clerk reads the sheet (tester 6 item 29)', () => {
  const lines = formatIssues([at('E7'), at('D7'), at('M7'), at('L7'), at('B3:C4'), at('F2', 'error'), at('A8'), at('', 'info')], 'vi');
  const cells = lines.filter((l) => l.startsWith('  [')).map((l) => l.replace(/^ {2}\[[^\]]+\] /, '').split(' ')[0]);
  expect(cells).toEqual(['F2', 'B3:C4', 'D7', 'E7', 'L7', 'M7', 'A8', 'Ô']);
});

describe('a column of the same fault is one line, as the pane and the page list it (tester 11 item 19)', () => {
  it('prints the budget’s text numbers as one line per column with the range and the count', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'ngan-sach.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Thu chi NS');
    ws.addRow(['STT', 'Nội dung', 'Dự toán huyện giao', 'Thực hiện']);
    ws.addRow(['A', 'Tổng thu ngân sách xã', '2.500.000.000', 1_375_000_000]);
    ws.addRow(['1', 'Thu thuế', '1.500.000.000', 800_000_000]);
    ws.addRow(['2', 'Thu phí, lệ phí', '1.000.000.000', 575_000_000]);
    ws.addRow(['B', 'Tổng chi ngân sách xã', '2.400.000.000', 1_200_000_000]);
    await wb.xlsx.writeFile(file);
    const vi = (await runCli(['validate', file])).stdout.split('\n');
    const textNumbers = vi.filter((l) => l.includes('dưới dạng chữ'));
    expect(textNumbers).toHaveLength(1);
    expect(textNumbers[0]).toMatch(/^ {2}\[Cảnh báo\] C2:C5 \(4 ô\) Ví dụ: Ô C2 /u);
    expect(vi[vi.indexOf(textNumbers[0]) + 1]).toContain('các ô C2:C5');
    const en = (await runCli(['validate', file, '--lang', 'en'])).stdout.split('\n');
    expect(en.filter((l) => l.includes('(number-as-text)'))).toEqual([
      expect.stringMatching(/^ {2}\[Warning\] C2:C5 \(4 cells\) \(number-as-text\) For example: /u),
    ]);
  });
});

describe('the sheets’ issues come in the order the pane and the page list them (tester 16 F7)', () => {
  const write = async (order: ('budget' | 'tthc')[]) => {
    const wb = new ExcelJS.Workbook();
    for (const k of order) {
      const ws = wb.addWorksheet(k === 'budget' ? 'Thu chi NS' : 'TTHC');
      if (k === 'budget') {
        ws.addRow(['STT', 'Nội dung', 'Dự toán huyện giao', 'Thực hiện']);
        ws.addRow(['A', 'Tổng thu ngân sách xã', '2.500.000.000', 1_375_000_000]);
        ws.addRow(['1', 'Thu thuế', '1.500.000.000', 800_000_000]);
        ws.addRow(['2', 'Thu phí, lệ phí', '1.000.000.000', 575_000_000]);
        ws.addRow(['B', 'Tổng chi ngân sách xã', '2.400.000.000', 1_200_000_000]);
      } else {
        ws.addRow([
          'Lĩnh vực',
          'Tổng số tiếp nhận',
          'Trực tuyến',
          'Trực tiếp',
          'Kỳ trước chuyển sang',
          'Đã giải quyết',
          'Trước hạn',
          'Đúng hạn',
          'Quá hạn',
          'Đang giải quyết',
        ]);
        ws.addRow(['Hộ tịch', '30', 10, 20, 0, 30, 10, 20, 0, 0]);
        ws.addRow(['Chứng thực', '20', 5, 15, 0, 20, 10, 10, 0, 0]);
      }
    }
    const file = path.join(tempDir(), `${order.join('-')}.xlsx`);
    await wb.xlsx.writeFile(file);
    return file;
  };
  const headings = (out: string) => out.split('\n').filter((l) => /^(Sheet «|Chung:)/u.test(l));

  it.each([
    [['budget', 'tthc'] as const, ['Chung:', 'Sheet «Thu chi NS»:', 'Sheet «TTHC»:']],
    [['tthc', 'budget'] as const, ['Chung:', 'Sheet «TTHC»:', 'Sheet «Thu chi NS»:']],
  ])('sheets %j: warnings of each sheet in the workbook’s order, as groupLines orders them', async (order, want) => {
    const file = await write([...order]);
    const { stdout } = await runCli(['validate', file]);
    expect(headings(stdout)).toEqual(want);
    // The page's and the pane's list (IssueList: groupLines over the analysis's sheets) gives the same order.
    const analysis = analyze(await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(file))));
    expect(analysis.sheets).toEqual(order.map((k) => (k === 'budget' ? 'Thu chi NS' : 'TTHC')));
    const pane = groupLines(issueLines(analysis.issues), analysis.sheets).map(([s]) => (s ? `Sheet «${s}»:` : 'Chung:'));
    expect(headings(stdout)).toEqual(pane);
  });
});
