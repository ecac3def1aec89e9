/** Going to a cell, and reading where the user is. */
import { splitCells } from '../../core/address';
import { detectFeatures } from './features';

/** An error whose `bilingual` sentence the pane shows as it is (src/ui/errors.ts). */
export class SelectionError extends Error {
  constructor(readonly bilingual: { vi: string; en: string }) {
    super(bilingual.en);
    this.name = 'SelectionError';
  }
}

/**
 * Activates the sheet and selects the cell. When that cannot be done it says why in a sentence
 * instead of failing silently, and nothing is changed:
 * - the sheet is hidden: Excel refuses to activate it (the clerk may unhide it: right-click a sheet
 *   tab, Unhide);
 * - it is very hidden: Unhide does not list it (only Visual Basic's Visible property shows it);
 * - it is gone: renamed or deleted since the check, which "Kiểm tra lại" brings up to date.
 */
export async function selectCell(sheet: string, cell: string): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet).load('visibility,name');
    await context.sync();
    if (ws.isNullObject)
      throw new SelectionError({
        vi: `Sổ tính không còn sheet «${sheet}» (có thể vừa đổi tên hoặc xoá sau lần kiểm tra), nên không đi tới ô ${cell} được. Bấm Kiểm tra lại để cập nhật danh sách.`,
        en: `The workbook has no sheet «${sheet}» any more (renamed or deleted since the check?), so cell ${cell} cannot be shown. Click Check again to bring the list up to date.`,
      });
    if (ws.visibility === 'VeryHidden')
      throw new SelectionError({
        vi: `Sheet «${ws.name}» bị ẩn hẳn (very hidden) nên không đi tới ô ${cell} được; lệnh Unhide (Bỏ ẩn) không hiện nó, chỉ Visual Basic (Alt+F11, thuộc tính Visible) mở lại được.`,
        en: `The sheet «${ws.name}» is very hidden, so cell ${cell} cannot be shown; Unhide does not list it, only Visual Basic (Alt+F11, its Visible property) can show it again.`,
      });
    if (ws.visibility !== 'Visible')
      throw new SelectionError({
        vi: `Sheet «${ws.name}» đang bị ẩn nên không đi tới ô ${cell} được. Để xem, bấm chuột phải vào tên một sheet, chọn Unhide (Bỏ ẩn) rồi chọn «${ws.name}».`,
        en: `The sheet «${ws.name}» is hidden, so cell ${cell} cannot be shown. To see it, right-click a sheet tab, choose Unhide, then «${ws.name}».`,
      });
    ws.activate();
    // An issue naming several cells ("E6, E7") selects the first.
    ws.getRange(splitCells(cell)[0] ?? 'A1').select();
    await context.sync();
  });
}

/**
 * The selection as a pin: {sheet, range} in A1 notation. A whole-column or whole-row selection
 * ("B:H", "3:20") becomes the part of it that holds values (the sheet's used range), and is refused
 * with a sentence when it holds none; a selection of several areas (ExcelApi 1.9 tells) is refused
 * with a sentence too.
 */
/** Excel's grid since 2007. */
const EXCEL_ROWS = 1048576;
const EXCEL_COLUMNS = 16384;

export async function getSelection(): Promise<{ sheet: string; range: string }> {
  const features = detectFeatures();
  return Excel.run(async (context) => {
    if (features.cellProperties) {
      // First, on its own: getSelectedRange fails the whole batch on a selection of several areas.
      const areas = context.workbook.getSelectedRanges().load('areaCount');
      await context.sync();
      if (areas.areaCount > 1)
        throw new SelectionError({
          vi: 'Đang chọn nhiều vùng rời nhau. Xin chọn một vùng liền (ví dụ A3:H40, hoặc cả cột B:H) rồi ghim lại.',
          en: 'Several separate areas are selected. Please select one block (for example A3:H40, or whole columns B:H) and pin again.',
        });
    }
    const range = context.workbook.getSelectedRange().load('address,rowCount,columnCount');
    const used = range.worksheet.getUsedRangeOrNullObject(true);
    const part = range.getIntersectionOrNullObject(used).load('address');
    await context.sync();
    const whole = range.rowCount >= EXCEL_ROWS || range.columnCount >= EXCEL_COLUMNS;
    if (!whole) return splitAddress(range.address);
    if (part.isNullObject)
      throw new SelectionError({
        vi: 'Vùng đang chọn không có ô nào có dữ liệu. Xin chọn bảng số liệu rồi ghim lại.',
        en: 'The selection holds no values. Please select the data table and pin again.',
      });
    return splitAddress(part.address);
  });
}

/** "'Thu chi'!B3:D9" -> {sheet: "Thu chi", range: "B3:D9"}. */
export function splitAddress(address: string): { sheet: string; range: string } {
  const bang = address.lastIndexOf('!');
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1).replace(/\$/g, '') };
}
