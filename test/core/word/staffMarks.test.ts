/**
 * A person listed twice (tester 11 item 6): the duplicate-row warning marks every staff figure built on that row,
 * the total, cán bộ / công chức and each education share, after its unit («06 người [cần xem lại: CBCC!B8]»).
 * Written with exceljs and read back through the pipeline.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from '../../generality/harness';
import { buildWordDraft } from '../../../src/core/word';
import { paragraphs, unzipDocx } from './fixture';

test('every figure counting the duplicate is marked after its unit', async () => {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('CBCC'), 1, [
    ['DANH SÁCH CÁN BỘ, CÔNG CHỨC'],
    [],
    ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'],
    [1, 'Nguyễn Văn An', 'Chủ tịch UBND', 'Cán bộ', 'Đại học'],
    [2, 'Trần Thị Bình', 'Phó Chủ tịch UBND', 'Cán bộ', 'Thạc sĩ'],
    [3, 'Hoàng Văn Em', 'Văn phòng - Thống kê', 'Công chức', 'Đại học'],
    [4, 'Đỗ Thị Giang', 'Tài chính - Kế toán', 'Công chức', 'Cao đẳng'],
    [5, 'Hoàng Văn Em', 'Văn phòng - Thống kê', 'Công chức', 'Đại học'],
  ]);
  const a = await roundTrip(wb);
  const dup = a.issues.find((i) => i.code === 'duplicate-row' && i.table === 'staff');
  expect(dup).toMatchObject({ severity: 'warning', sheet: 'CBCC' });
  const mark = `[cần xem lại: CBCC!${dup!.cell}]`;
  const body = paragraphs(unzipDocx(await buildWordDraft(a))['word/document.xml']).join('\n');
  expect(body).toContain(`Số lượng cán bộ, công chức 05 người ${mark}, trong đó cán bộ 02 người ${mark}, công chức 03 người ${mark};`);
  expect(body).toContain(`Đại học: 3/5, chiếm 60% ${mark}`);
  expect(body).toContain(`Cao đẳng: 1/5, chiếm 20% ${mark}`);
});
