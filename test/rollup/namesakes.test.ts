/**
 * Communes of the same name (tester 5 item 10): «UBND XÃ AN HÒA» under two districts are two communes, both summed
 * and named with their district in every output (command line, roll-up workbook, Word summary); the same commune
 * sent again under the same district (other figures: a resend) is one commune, the first file used, the message
 * naming both files; names that differ only in their marks («Tân Hòa», «Tân Hóa») are two communes.
 * Real .xlsx written with exceljs, rolled up by the built command line.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { tempDir } from '../helpers/xlsx';
import { runCli } from '../cli/runCli';
import type { RollupTotals } from '../../src/core/rollup';
import { communeBytes, communeSpec, type CommuneSpec } from './communes';

jest.setTimeout(180000);

const dir = tempDir('cchc-namesakes-');
const inputs = path.join(dir, 'xa');
const out = path.join(dir, 'kq', 'tong-hop.xlsx');
/** File name -> its commune, in the order the folder is read. */
const files: [string, CommuneSpec][] = [
  ['a-an-hoa-an-lao.xlsx', communeSpec(0, { agency: 'UBND XÃ AN HÒA', superior: 'UBND HUYỆN AN LÃO' })],
  ['b-an-hoa-hoai-nhon.xlsx', communeSpec(1, { agency: 'UBND XÃ AN HÒA', superior: 'Ủy ban nhân dân huyện Hoài Nhơn' })],
  // The first commune again, its superior written another way, its figures corrected: a resend, not summed.
  ['c-an-hoa-gui-lai.xlsx', communeSpec(2, { agency: 'Ủy ban nhân dân xã An Hoà', superior: 'UBND huyện An Lão' })],
  ['d-tan-hoa.xlsx', communeSpec(3, { agency: 'UBND XÃ TÂN HÒA' })],
  ['e-tan-hoa-dau-sac.xlsx', communeSpec(4, { agency: 'UBND XÃ TÂN HÓA' })],
];
const summed = [0, 1, 3, 4];
const received = (s: CommuneSpec) => s.tthc.reduce((a, r) => a + r.online + r.direct, 0);
type Json = {
  communes: { file: string; agency: string; superior: string | null; name: string; inTotals: boolean }[];
  totals: RollupTotals;
  refused: { file: string; error: { code: string; message: string } }[];
};
let json: Json;
let stdout: string;

beforeAll(async () => {
  fs.mkdirSync(inputs, { recursive: true });
  for (const [name, spec] of files) fs.writeFileSync(path.join(inputs, name), await communeBytes(spec));
  json = JSON.parse((await runCli(['rollup', inputs, '--out', path.join(dir, 'kq', 'json.xlsx'), '--json'])).stdout);
  stdout = (await runCli(['rollup', inputs, '--out', out])).stdout;
});

describe('communes of the same name in a roll-up', () => {
  it('sums two communes of one name under two districts, and the same-sounding names that differ in their marks', () => {
    expect(json.communes.map((c) => path.basename(c.file))).toEqual(summed.map((i) => files[i][0]));
    expect(json.communes.every((c) => c.inTotals)).toBe(true);
    expect(json.totals.tthc!.received).toBe(summed.reduce((a, i) => a + received(files[i][1]), 0));
    expect(json.communes.map((c) => c.superior)).toEqual(['UBND HUYỆN AN LÃO', 'Ủy ban nhân dân huyện Hoài Nhơn', null, null]);
  });

  it('names each namesake with what tells it apart, in --json and on the command line', () => {
    expect(json.communes.map((c) => c.name)).toEqual([
      'UBND xã An Hòa (huyện An Lão)',
      'UBND xã An Hòa (huyện Hoài Nhơn)',
      'UBND xã Tân Hòa',
      'UBND xã Tân Hóa',
    ]);
    expect(json.communes[0].agency).toBe('UBND XÃ AN HÒA');
    expect(stdout).toMatch(/a-an-hoa-an-lao\.xlsx — UBND xã An Hòa \(huyện An Lão\) —/);
    expect(stdout).toMatch(/b-an-hoa-hoai-nhon\.xlsx — UBND xã An Hòa \(huyện Hoài Nhơn\) —/);
    expect(stdout).toContain('Tổng hợp 5 tệp: 4 xã đọc được, 1 tệp không dùng được.');
  });

  it('leaves out the same commune sent again, saying which file is used and which is not, and that the figures differ', () => {
    expect(json.refused.map((f) => [path.basename(f.file), f.error.code])).toEqual([['c-an-hoa-gui-lai.xlsx', 'duplicate']]);
    const why = json.refused[0].error.message;
    expect(why).toContain('Trùng xã với tệp «a-an-hoa-an-lao.xlsx»');
    expect(why).toContain('cùng cơ quan chủ quản «UBND huyện An Lão»');
    expect(why).toContain('số liệu hai tệp khác nhau');
    expect(why).toContain('đã dùng tệp «a-an-hoa-an-lao.xlsx» (đọc trước), không cộng tệp «c-an-hoa-gui-lai.xlsx»');
    expect(stdout).toContain(`✗ ${path.join(inputs, 'c-an-hoa-gui-lai.xlsx')}: Trùng xã với tệp «a-an-hoa-an-lao.xlsx»`);
  });

  it('names them apart in the roll-up workbook', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const column = (sheet: string, title: string) => {
      const ws = wb.getWorksheet(sheet)!;
      let header = 0;
      let col = 0;
      ws.eachRow((r, n) =>
        r.eachCell((c, k) => {
          if (!header && c.value === title) [header, col] = [n, k];
        }),
      );
      const values: string[] = [];
      for (let n = header + 1; n <= ws.rowCount; n++) values.push(String(ws.getRow(n).getCell(col).value ?? ''));
      return values;
    };
    const names = ['UBND xã An Hòa (huyện An Lão)', 'UBND xã An Hòa (huyện Hoài Nhơn)', 'UBND xã Tân Hòa', 'UBND xã Tân Hóa'];
    expect(column('Các xã', 'Cơ quan')).toEqual(names);
    expect(column('Kỳ báo cáo', 'Cơ quan')).toEqual(names);
    expect(new Set(column('Xếp hạng', 'Xã'))).toEqual(new Set(names));
    expect(column('Tệp không dùng được', 'Tệp')).toEqual(['c-an-hoa-gui-lai.xlsx']);
  });

  it('names them apart in the Word summary', () => {
    const xml = strFromU8(unzipSync(fs.readFileSync(out.replace(/\.xlsx$/, '.docx')))['word/document.xml']);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('UBND xã An Hòa (huyện An Lão)');
    expect(text).toContain('UBND xã An Hòa (huyện Hoài Nhơn)');
    expect(text).toContain('c-an-hoa-gui-lai.xlsx');
  });
});
