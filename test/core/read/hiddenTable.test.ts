/**
 * A table read from a hidden sheet (tester 11 item 2): last year's staff list «CBCC 2023 (cu)» kept out of sight,
 * read for want of a visible one, is a warning that marks every figure it feeds «[cần xem lại: …]» in the draft
 * and is counted among the open problems of page 1, no longer a note the clerk does not see. Written with exceljs.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from '../../generality/harness';
import { buildWordDraft } from '../../../src/core/word';
import { issuesOf, openIssues } from '../../../src/core/word/marks';
import { paragraphs, unzipDocx } from '../word/fixture';

async function book(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thông tin'), 1, [
    ['Cơ quan ban hành', 'UBND XÃ TÂN PHÚ'],
    ['Ngày báo cáo', '05/7/2025'],
    ['Từ ngày', '01/01/2025'],
    ['Đến ngày', '30/6/2025'],
  ]);
  const old = wb.addWorksheet('CBCC 2023 (cu)');
  put(old, 1, [
    ['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ TÂN PHÚ'],
    [],
    ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'],
    [1, 'Ông Già', 'Chủ tịch UBND', 'Cán bộ', 'Sơ cấp'],
    [2, 'Bà Cũ', 'Văn phòng - Thống kê', 'Công chức', 'Trung cấp'],
  ]);
  old.state = 'hidden';
  return wb;
}

test('the staff figures of a hidden sheet are read, warned of and marked for review', async () => {
  const a = await roundTrip(await book());
  expect(a.tables.staff?.located.sheet).toBe('CBCC 2023 (cu)');
  expect(a.figures.staff).toMatchObject({ total: 2, canBo: 1, congChuc: 1 });
  const warning = a.issues.find((i) => i.sentence === 'read-from-hidden');
  expect(warning).toMatchObject({ severity: 'warning', sheet: 'CBCC 2023 (cu)', table: 'staff' });
  expect(openIssues(a.issues)).toContain(warning);
  expect(issuesOf(a, ['staff.total', 'staff.education.secondary.pct'])).toEqual([warning]);
  const body = paragraphs(unzipDocx(await buildWordDraft(a))['word/document.xml']).join('\n');
  expect(body).toContain('02 người [cần xem lại: CBCC 2023 (cu)!A3:E5]');
});

test('every staff figure of the hidden sheet is marked after its unit: the counts and the education shares', async () => {
  const a = await roundTrip(await book());
  const body = paragraphs(unzipDocx(await buildWordDraft(a))['word/document.xml']).join('\n');
  const mark = '[cần xem lại: CBCC 2023 (cu)!A3:E5]';
  expect(body).toContain(`Số lượng cán bộ, công chức 02 người ${mark}, trong đó cán bộ 01 người ${mark}, công chức 01 người ${mark};`);
  expect(body).toContain(`Trung cấp: 1/2, chiếm 50% ${mark}; Chưa qua đào tạo: 1/2, chiếm 50% ${mark}.`);
});
