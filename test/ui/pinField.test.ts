/**
 * Pinning a field to a column (issue 11 §3) on a real workbook: the web page's worker pins the
 * column the clerk chose from the table's header cells, the check reads it, the report copy carries
 * the pin, and the command line reads the same pin from that copy.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { FileHost } from '../../src/hosts/file';
import { defaultCore } from '../../src/ui/core';
import { createHandler, type FileHostFactory } from '../../src/web/handler';
import type { WorkerReply } from '../../src/web/protocol';
import { issueText, type RenderedIssue } from '../../src/core/issues';
import type { AnalysisView } from '../../src/ui/analysisView';
import type { PinFieldResult } from '../../src/ui/actions';
import type { HeaderCell } from '../../src/ui/headerCells';
import { tempDir, workbookBytes } from '../helpers/xlsx';
import { pinField } from '../../src/ui/actions';
import { runCli } from '../cli/runCli';

/** A TTHC table whose "resolved" column has a header no synonym knows ("Số hồ sơ xong", column E). */
async function renamedHeader(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('TTHC');
  ws.addRows([
    ['Lĩnh vực', 'Số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Số hồ sơ xong'],
    ['Hộ tịch', 5, 3, 2, 4],
    ['Đất đai', 7, 1, 6, 7],
  ]);
  return workbookBytes(wb);
}

const files: FileHostFactory = { open: (b) => FileHost.open(b), blank: () => FileHost.blank() };

function worker() {
  const replies: WorkerReply[] = [];
  const handle = createHandler((r) => replies.push(r), files, defaultCore);
  let id = 0;
  const ask = async <T>(body: Record<string, unknown>): Promise<T> => {
    await handle({ ...body, id: ++id } as never);
    const r = replies.at(-1)!;
    if (r.type !== 'done') throw new Error(JSON.stringify(r));
    return r.result as T;
  };
  return { ask };
}

const asksForResolved = (a: AnalysisView) => a.issues.filter((i) => i.code === 'missing-label' && i.table === 'tthc' && i.field === 'resolved');

describe('pin a field to a column on the web page', () => {
  const dir = tempDir('cchc-pinfield-');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the issue asks for the column, the header cells offer it, the pin is read, carried by the copy and read by the command line', async () => {
    const { ask } = worker();
    const first = await ask<AnalysisView>({ type: 'check', lang: 'vi', bytes: await renamedHeader() });
    const [issue] = asksForResolved(first);
    expect(issue).toBeDefined();
    // The hint names the control that exists on the page: the list under the issue, then «Ghim cột».
    const { hint } = issueText(issue, 'vi', 'web');
    expect(hint).toMatch(/trong danh sách dưới vấn đề này trên trang web rồi bấm «Ghim cột»/);
    expect(hint).not.toMatch(/phần điều chỉnh/);

    const located = first.tables.tthc!.located;
    const cells = await ask<HeaderCell[]>({ type: 'headers', located });
    expect(cells).toContainEqual({ column: 'E', text: 'Số hồ sơ xong' });
    expect(cells[0]).toEqual({ column: 'A', text: 'Lĩnh vực' });

    const pinned = await ask<PinFieldResult<AnalysisView>>({ type: 'pinField', lang: 'vi', table: 'tthc', field: 'resolved', column: 'E' });
    expect(pinned.column).toBe('E');
    expect(asksForResolved(pinned.analysis)).toEqual([]);
    expect(pinned.analysis.tables.tthc!.located.columns.resolved).toBe(4);
    expect(pinned.analysis.tables.tthc!.located.pinned).toBe(true);
    // A later check keeps the pin.
    expect(asksForResolved(await ask<AnalysisView>({ type: 'check', lang: 'vi' }))).toEqual([]);

    const report = await ask<{ bytes: Uint8Array }>({ type: 'report', lang: 'vi' });
    const copy = path.join(dir, 'xa.report.xlsx');
    fs.writeFileSync(copy, report.bytes);
    const cli = await runCli(['validate', copy, '--json']);
    const out = JSON.parse(cli.stdout) as { issues: RenderedIssue[]; tables: Record<string, unknown> };
    expect(out.issues.filter((i) => i.code === 'missing-label' && i.field === 'resolved')).toEqual([]);
    // Unpinned, the command line says how to set the pin (it has no button to name).
    const original = path.join(dir, 'xa.xlsx');
    fs.writeFileSync(original, await renamedHeader());
    const plain = await runCli(['validate', original]);
    expect(plain.stdout).toMatch(
      /hoặc ghim cột Đã giải quyết ở khung Báo cáo CCHC trong Excel rồi lưu tệp, hoặc ghim trên trang web rồi dùng tệp báo cáo Excel tải về: lệnh này đọc các ghim lưu trong tệp\./,
    );
    expect(plain.stdout).not.toMatch(/bấm/);
  }, 120000);
});

/** A TTHC table with "Tổng số hồ sơ tiếp nhận" twice: C (a stale copy) and I (the true count, further right). */
async function twoReceivedColumns(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('TTHC');
  ws.addRows([
    ['STT', 'Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn', 'Tổng số hồ sơ tiếp nhận'],
    [1, 'Hộ tịch', 1, 3, 2, 5, 5, 0, 5],
    [2, 'Đất đai', 1, 1, 6, 7, 6, 1, 7],
  ]);
  return workbookBytes(wb);
}

const duplicateOf = (a: AnalysisView, table: string, field: string) =>
  a.issues.filter((i) => i.code === 'duplicate-label' && i.table === table && i.field === field);

describe('a pinned column answers the duplicate-column issue (tester, issue list point 1)', () => {
  const dir = tempDir('cchc-pindup-');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('web page, the public budget form: "Tỷ lệ (%)" pinned to J drops its warning, J is read, and the copy validates without it', async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(__dirname, '../../../shared/realworld/qlns__rptNS_QuyetToan_CongKhai_ThuChi.xlsx')));
    const { ask } = worker();
    const first = await ask<AnalysisView>({ type: 'check', lang: 'vi', bytes });
    expect(duplicateOf(first, 'budget', 'statedPct').map((i) => i.cell)).toEqual(['J14']);
    expect(first.tables.budget!.located.columns.statedPct).toBe(8);
    // K «Thực hiện cùng kỳ năm trước» is last year's execution: no second column of the actual (yearColumns.ts).
    expect(duplicateOf(first, 'budget', 'actual')).toEqual([]);

    const pinned = await ask<PinFieldResult<AnalysisView>>({ type: 'pinField', lang: 'vi', table: 'budget', field: 'statedPct', column: 'J' });
    expect(duplicateOf(pinned.analysis, 'budget', 'statedPct')).toEqual([]);
    expect(pinned.analysis.tables.budget!.located.columns.statedPct).toBe(9);
    expect(pinned.analysis.tables.budget!.located.columns.actual).toBe(7);

    const report = await ask<{ bytes: Uint8Array }>({ type: 'report', lang: 'vi' });
    const copy = path.join(dir, 'thuchi.report.xlsx');
    fs.writeFileSync(copy, report.bytes);
    const cli = await runCli(['validate', copy, '--json']);
    const out = JSON.parse(cli.stdout) as { issues: RenderedIssue[] };
    expect(out.issues.filter((i) => i.code === 'duplicate-label' && i.field === 'statedPct')).toEqual([]);
    expect(out.issues.filter((i) => i.code === 'duplicate-label')).toEqual([]);
  }, 120000);

  it('pane: a duplicate "Tổng số hồ sơ tiếp nhận" pinned to the selected column I is read from I, its warning gone', async () => {
    const host = await FileHost.open(await twoReceivedColumns());
    const first = await defaultCore.analyze(await host.readSnapshot(), { lang: 'vi', overrides: await host.loadOverrides() });
    expect(duplicateOf(first, 'tthc', 'received')).toHaveLength(1);
    expect(first.figures.tthc?.received).toBe(2);

    // The pane pins the column of the selected cell.
    const selecting = Object.assign(host, { getSelection: async () => ({ sheet: 'TTHC', range: 'I2' }) });
    const r = await pinField(selecting, defaultCore, 'tthc', 'received', { lang: 'vi', tableSheet: 'TTHC' });
    expect(r.column).toBe('I');
    expect(duplicateOf(r.analysis, 'tthc', 'received')).toEqual([]);
    expect(r.analysis.figures.tthc?.received).toBe(12);
  }, 60000);
});
