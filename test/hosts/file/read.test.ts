import ExcelJS from 'exceljs';
import { guardForReading, readGuarded, readSnapshotFromXlsx } from '../../../src/hosts/file/read';
import { FileError } from '../../../src/xlsx/errors';
import { workbookBytes } from '../../helpers/xlsx';
import { toSerial } from '../../../src/core/format';
import { markReportSheet } from '../../../src/hosts/file/mark';
import { REPORT_SHEET_TITLE } from '../../../src/core/layout/types';

async function sample(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Thu chi NS');
  ws.getCell('B2').value = 'UBND XÃ BA BÍCH';
  ws.mergeCells('B2:E2');
  ws.getCell('B4').value = 'Nội dung';
  ws.getCell('C4').value = { richText: [{ text: 'Thực ', font: { bold: true } }, { text: 'hiện' }] };
  ws.getCell('B5').value = 'Tổng thu';
  ws.getCell('C5').value = 1464000;
  ws.getCell('C5').numFmt = '#,##0';
  ws.getCell('C5').font = { name: '.VnTime', size: 12 };
  ws.getCell('D5').value = { formula: 'C5*2', result: 2928000 };
  ws.getCell('E5').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  ws.getCell('B6').value = new Date(Date.UTC(2023, 3, 5));
  ws.getCell('B6').numFmt = 'dd/mm/yyyy';
  ws.getCell('C6').value = new Date(Date.UTC(2023, 2, 31, 14, 30, 0));
  ws.getCell('D6').value = { text: 'Cổng', hyperlink: 'https://baocao.quangngai.gov.vn' };
  ws.getCell('E6').value = '1.095.000';
  ws.getCell('F6').value = true;
  ws.getCell('C9').value = '   ';
  const other = wb.addWorksheet('Báo cáo');
  other.getCell('A1').value = REPORT_SHEET_TITLE.vi;
  markReportSheet(wb, 'Báo cáo');
  // A mark on a sheet that does not hold our title marks nothing (issue 16.6).
  wb.addWorksheet('Số liệu').getCell('A1').value = 'Họ và tên';
  wb.definedNames.add("'Số liệu'!$A$1", '_cchc_report_sheet');
  wb.addWorksheet('Trống');
  return workbookBytes(wb);
}

describe('readSnapshotFromXlsx', () => {
  let snap: Awaited<ReturnType<typeof readSnapshotFromXlsx>>;
  beforeAll(async () => {
    snap = await readSnapshotFromXlsx(await sample());
  });

  it('reads the used range from its top-left, skipping blank trailing rows and columns', () => {
    const s = snap.sheets[0];
    expect(s.name).toBe('Thu chi NS');
    expect(s.origin).toEqual({ row: 1, col: 1 });
    expect(s.values.length).toBe(5); // rows 2..6; row 9 only holds spaces
    expect(s.values[0].length).toBe(5); // B..F
  });

  it('reads values: text, rich text joined, numbers, formula results, errors, hyperlinks, booleans', () => {
    const v = snap.sheets[0].values;
    expect(v[0][0]).toBe('UBND XÃ BA BÍCH');
    expect(v[0][1]).toBeNull(); // merged, not the top-left
    expect(v[2][1]).toBe('Thực hiện');
    expect(v[3][1]).toBe(1464000);
    expect(v[3][2]).toBe(2928000);
    expect(v[3][3]).toEqual({ error: '#DIV/0!' });
    expect(v[4][2]).toBe('Cổng');
    expect(v[4][3]).toBe('1.095.000');
    expect(v[4][4]).toBe(true);
  });

  it('reads dates as Excel serials (UTC), with the time as a fraction', () => {
    const v = snap.sheets[0].values;
    expect(v[4][0]).toBe(toSerial(2023, 4, 5));
    expect(v[4][0]).toBe(45021);
    expect(v[4][1]).toBeCloseTo(toSerial(2023, 3, 31, 14, 30), 9);
  });

  it('reads number formats, fonts and merges', () => {
    const s = snap.sheets[0];
    expect(s.formats?.[3][1]).toBe('#,##0');
    expect(s.formats?.[4][0]).toBe('dd/mm/yyyy');
    expect(s.formats?.[0][0]).toBeNull();
    expect(s.fonts?.[3][1]).toBe('.VnTime');
    expect(s.merges).toEqual(['B2:E2']);
  });

  it('marks the report sheet the add-in made, and keeps empty sheets as empty', () => {
    expect(snap.sheets[1]).toMatchObject({ name: 'Báo cáo', madeByAddin: true });
    expect(snap.sheets[0].madeByAddin).toBeUndefined();
    expect(snap.sheets[2]).toMatchObject({ name: 'Số liệu' });
    expect(snap.sheets[2].madeByAddin).toBeUndefined();
    expect(snap.sheets[3]).toMatchObject({ name: 'Trống', values: [] });
  });

  it('wraps a broken workbook part as FileError damaged', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const bad = zipSync({
      '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="A" sheetId="1" r:id="rId9"/>'),
      '_rels/.rels': strToU8('not xml at all <<<'),
    });
    await expect(readSnapshotFromXlsx(bad)).rejects.toBeInstanceOf(FileError);
    await expect(readSnapshotFromXlsx(bad)).rejects.toMatchObject({ code: 'damaged' });
  });
});

describe('readGuarded', () => {
  it('passes a program fault on as it is (not as a damaged file) and still lets the parts go', async () => {
    const guard = guardForReading(await sample());
    let released = 0;
    const release = guard.release.bind(guard);
    const faulty = {
      ...guard,
      release: () => {
        released++;
        release();
      },
      // A reader fault: the first part asked for throws a TypeError, as a bug deep in the reader would.
      part: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'row')");
      },
    };
    let thrown: unknown;
    try {
      readGuarded(faulty);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect(thrown).not.toBeInstanceOf(FileError);
    expect(released).toBe(1);
  });

  it('still names bytes the guard passed but the reader cannot use as damaged', async () => {
    const guard = guardForReading(await sample());
    const noWorkbook = { ...guard, part: (name: string) => (name.endsWith('workbook.xml') ? new TextEncoder().encode('<x/>') : guard.part(name)) };
    expect(() => readGuarded(noWorkbook)).toThrow(FileError);
  });
});
