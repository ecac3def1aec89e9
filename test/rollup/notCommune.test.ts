/**
 * Tester item 11: a workbook with none of the report's tables (a price list sent by mistake) among the
 * communes is refused as «không có bảng số liệu CCHC nào» and not counted as a commune (built command line).
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { tempDir } from '../helpers/xlsx';
import { runCli } from '../cli/runCli';
import { communeBytes, communeSpec } from './communes';

jest.setTimeout(180000);

const dir = path.join(tempDir('cchc-notcommune-'), 'xa');
const outDir = path.join(dir, '..', 'kq');
let json: { communes: { file: string }[]; refused: { file: string; error: { code: string; message: string } }[] };
let stdout: string;

beforeAll(async () => {
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < 2; i++) fs.writeFileSync(path.join(dir, `xa-${i + 1}.xlsx`), await communeBytes(communeSpec(i)));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bang gia');
  ws.addRow(['BẢNG GIÁ VẬT LIỆU XÂY DỰNG THÁNG 10']);
  ws.addRow(['STT', 'Tên vật liệu', 'Đơn vị', 'Đơn giá (đồng)']);
  ws.addRow([1, 'Xi măng PCB40', 'tấn', 1650000]);
  ws.addRow([2, 'Cát vàng', 'm3', 420000]);
  fs.writeFileSync(path.join(dir, 'bang-gia.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
  json = JSON.parse((await runCli(['rollup', dir, '--out', path.join(outDir, 'a.xlsx'), '--json'])).stdout);
  stdout = (await runCli(['rollup', dir, '--out', path.join(outDir, 'b.xlsx')])).stdout;
});

it('refuses a workbook with no CCHC table and does not count it as a commune', () => {
  expect(json.communes.map((c) => path.basename(c.file))).toEqual(['xa-1.xlsx', 'xa-2.xlsx']);
  const refused = json.refused.find((r) => r.file.endsWith('bang-gia.xlsx'))!;
  expect(refused.error.code).toBe('no-cchc-table');
  expect(refused.error.message).toContain('không có bảng số liệu CCHC nào');
  expect(stdout).toContain('2 xã đọc được, 1 tệp không dùng được');
});
