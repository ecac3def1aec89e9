/** Going to a cell, and reading where the user is. */
import { splitCells } from '../../core/address';

export async function selectCell(sheet: string, cell: string): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    // An issue naming several cells ("E6, E7") selects the first.
    ws.getRange(splitCells(cell)[0] ?? 'A1').select();
    await context.sync();
  });
}

export async function getSelection(): Promise<{ sheet: string; range: string }> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange().load('address');
    await context.sync();
    return splitAddress(range.address);
  });
}

/** "'Thu chi'!B3:D9" -> {sheet: "Thu chi", range: "B3:D9"}. */
export function splitAddress(address: string): { sheet: string; range: string } {
  const bang = address.lastIndexOf('!');
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1).replace(/\$/g, '') };
}
