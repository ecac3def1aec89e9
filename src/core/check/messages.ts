/**
 * The words of the checks: one sentence each, in plain words a commune clerk understands,
 * Vietnamese numbers (1.464.000; 14,2%; dd/mm/yyyy) in Vietnamese text.
 */
import type { Bilingual } from '../issues';
import { formatDateVi, formatNumberVi } from '../format';
import { decimalsOf, type Text } from './values';

/** A number as written in Vietnamese, with as many decimals as it carries (at most 2). */
export function nVi(x: number): string {
  return formatNumberVi(x, Math.min(decimalsOf(x), 2));
}

/** Vietnamese separators swapped for English ones: "1.234,5" -> "1,234.5". */
const toEn = (vi: string) => vi.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));

export function nEn(x: number): string {
  return toEn(nVi(x));
}

export function pctVi(x: number, decimals?: number): string {
  return `${formatNumberVi(x, decimals ?? Math.min(decimalsOf(x), 2))}%`;
}

/** Same rounding and decimals as pctVi, so both languages show the same figure. */
export function pctEn(x: number, decimals?: number): string {
  return toEn(pctVi(x, decimals));
}

const dateVi = formatDateVi;
const dateEn = formatDateVi;

/** A field label inside a sentence: "Trực tuyến" -> "trực tuyến" (abbreviations like "HĐND" keep their capitals). */
export function low(b: Bilingual): Bilingual {
  const l = (x: string) => (/^\p{Lu}\p{Ll}/u.test(x) ? x.charAt(0).toLowerCase() + x.slice(1) : x);
  return { vi: l(b.vi), en: l(b.en) };
}

const sumOf = (xs: number[], f: (x: number) => string) => xs.map(f).join(' + ');

/** A sum inside one row: received = online + direct, ... */
export function sumInRow(row: Bilingual, totalLabel: Bilingual, totalValue: number, partLabels: Bilingual[], partValues: number[]): Text {
  const total = low(totalLabel);
  const parts = partLabels.map(low);
  const sum = partValues.reduce((a, b) => a + b, 0);
  return {
    message: {
      vi: `Ở ${row.vi}, ${total.vi} là ${nVi(totalValue)} nhưng ${parts.map((p) => p.vi).join(' + ')} = ${sumOf(partValues, nVi)} = ${nVi(sum)}.`,
      en: `In ${row.en}, ${total.en} is ${nEn(totalValue)} but ${parts.map((p) => p.en).join(' + ')} = ${sumOf(partValues, nEn)} = ${nEn(sum)}.`,
    },
    hint: {
      vi: 'Kiểm tra lại số tổng và từng số thành phần, rồi sửa ô ghi sai.',
      en: 'Check the total and each of its parts, then correct the wrong cell.',
    },
  };
}

/** A total row or an outline line against the sum of its rows. */
export function sumOfRows(row: Bilingual, fieldLabel: Bilingual, totalValue: number, sum: number, outline: boolean): Text {
  const field = low(fieldLabel);
  const rows = outline ? { vi: 'các dòng chi tiết bên dưới', en: 'the detail lines below it' } : { vi: 'các dòng trong bảng', en: 'the rows of the table' };
  return {
    message: {
      vi: `Ở ${row.vi}, ${field.vi} là ${nVi(totalValue)} nhưng cộng ${rows.vi} được ${nVi(sum)}.`,
      en: `In ${row.en}, ${field.en} is ${nEn(totalValue)} but ${rows.en} add up to ${nEn(sum)}.`,
    },
    hint: {
      vi: 'Kiểm tra lại số tổng và các dòng được cộng vào, rồi sửa ô ghi sai (hoặc dùng công thức SUM).',
      en: 'Check the total and the rows it adds, then correct the wrong cell (or use a SUM formula).',
    },
  };
}

export function surveyNot100(sum: number): Text {
  return {
    message: {
      vi: `Các tỷ lệ mức độ hài lòng cộng lại được ${pctVi(sum)}, không phải 100%.`,
      en: `The satisfaction shares add up to ${pctEn(sum)}, not 100%.`,
    },
    hint: {
      vi: 'Kiểm tra lại tỷ lệ của từng mức độ (rất hài lòng, hài lòng, bình thường, không hài lòng) theo kết quả khảo sát.',
      en: 'Check the share of each level against the survey results.',
    },
  };
}

export function staffCount(row: Bilingual, count: number, parts: Bilingual[], partValues: number[]): Text {
  return sumInRow(row, { vi: 'Số lượng', en: 'the count' }, count, parts, partValues);
}

export interface ScaledCell {
  cell: string;
  value: number;
  factor: number;
}

function factorWords(f: number): Bilingual {
  return f > 1
    ? { vi: `nhân với ${formatNumberVi(f)}`, en: `multiplied by ${nEn(f)}` }
    : { vi: `chia cho ${formatNumberVi(1 / f)}`, en: `divided by ${nEn(1 / f)}` };
}

export function unitSlip(row: Bilingual, scaled: ScaledCell[], totalAfter: number, partsAfter: number[]): Text {
  const cellsVi = scaled.map((s) => `${s.cell} (${nVi(s.value)})`).join(' và ');
  const cellsEn = scaled.map((s) => `${s.cell} (${nEn(s.value)})`).join(' and ');
  const sameFactor = scaled.every((s) => s.factor === scaled[0].factor);
  const fw = scaled.map((s) => factorWords(s.factor));
  const howVi = sameFactor ? fw[0].vi : scaled.map((s, i) => `${s.cell} ${fw[i].vi}`).join(', ');
  const howEn = sameFactor ? fw[0].en : scaled.map((s, i) => `${s.cell} ${fw[i].en}`).join(', ');
  return {
    message: {
      vi: `Ở ${row.vi}, số ở ô ${cellsVi} có vẻ ghi theo đơn vị khác: nếu ${howVi} thì tổng mới khớp (${nVi(totalAfter)} = ${sumOf(partsAfter, nVi)}).`,
      en: `In ${row.en}, ${scaled.length > 1 ? 'cells' : 'cell'} ${cellsEn} ${scaled.length > 1 ? 'seem' : 'seems'} to be in another unit: if ${howEn}, the sum holds (${nEn(totalAfter)} = ${sumOf(partsAfter, nEn)}).`,
    },
    hint: {
      vi: 'Kiểm tra đơn vị tính (đồng, nghìn đồng, triệu đồng) của các ô này và ghi lại cho thống nhất với cả bảng.',
      en: 'Check the unit (đồng, thousand, million) of these cells and write them in the unit of the whole table.',
    },
  };
}

export function balance(row: Bilingual, received: number, resolved: number, pending: number): Text {
  return {
    message: {
      vi: `Ở ${row.vi}, số hồ sơ tiếp nhận là ${nVi(received)} nhưng đã giải quyết + đang giải quyết = ${nVi(resolved)} + ${nVi(pending)} = ${nVi(resolved + pending)}.`,
      en: `In ${row.en}, ${nEn(received)} dossiers were received but resolved + pending = ${nEn(resolved)} + ${nEn(pending)} = ${nEn(resolved + pending)}.`,
    },
    hint: {
      vi: 'Mỗi hồ sơ tiếp nhận phải là đã giải quyết hoặc đang giải quyết; kiểm tra lại ba số này.',
      en: 'Every dossier received is either resolved or pending; check these three numbers.',
    },
  };
}

/** A stated % that is not the rounding of the % computed from the row's amounts. */
export function percentRounding(row: Bilingual, stated: number, computed: number, how: Bilingual): Text {
  const d = Math.max(2, decimalsOf(stated));
  return {
    message: {
      vi: `Ở ${row.vi}, tỷ lệ ghi ${pctVi(stated)} nhưng ${how.vi} = ${pctVi(computed, d)}.`,
      en: `In ${row.en}, the stated rate is ${pctEn(stated)} but ${how.en} = ${pctEn(computed, d)}.`,
    },
    hint: {
      vi: `Ghi ${pctVi(computed, Math.max(1, decimalsOf(stated)))} (làm tròn đúng), hoặc kiểm tra lại các số dùng để tính.`,
      en: `Write ${pctEn(computed, Math.max(1, decimalsOf(stated)))} (rounded correctly), or check the numbers it is computed from.`,
    },
  };
}

export function percentRange(row: Bilingual, stated: number, lo: number, hi: number, weighted: number | null): Text {
  const partsVi = lo === hi ? pctVi(lo) : `${pctVi(lo)} và ${pctVi(hi)}`;
  const partsEn = lo === hi ? pctEn(lo) : `${pctEn(lo)} and ${pctEn(hi)}`;
  const vi =
    weighted !== null
      ? `Ở ${row.vi}, tỷ lệ ghi ${pctVi(stated)} nhưng tính bình quân theo các dòng thành phần (${partsVi}) thì được khoảng ${pctVi(weighted, 1)}.`
      : lo === hi
        ? `Ở ${row.vi}, tỷ lệ ghi ${pctVi(stated)} nhưng các dòng thành phần đều là ${partsVi}, nên dòng tổng cũng phải là ${partsVi}.`
        : `Ở ${row.vi}, tỷ lệ ghi ${pctVi(stated)} nhưng tỷ lệ của dòng tổng phải nằm giữa tỷ lệ của các dòng thành phần (${partsVi}).`;
  const en =
    weighted !== null
      ? `In ${row.en}, the stated rate is ${pctEn(stated)} but the weighted average of its parts (${partsEn}) is about ${pctEn(weighted, 1)}.`
      : lo === hi
        ? `In ${row.en}, the stated rate is ${pctEn(stated)} but every part is ${partsEn}, so the total must be ${partsEn} too.`
        : `In ${row.en}, the stated rate is ${pctEn(stated)} but a total's rate must lie between its parts' rates (${partsEn}).`;
  return {
    message: { vi, en },
    hint: {
      vi: 'Tính lại tỷ lệ của dòng tổng từ số tổng thực hiện chia cho tổng dự toán (kế hoạch), không lấy theo một dòng thành phần.',
      en: "Compute the total's rate from its own total actual over its total estimate (plan), not from one of its parts.",
    },
  };
}

export function indicatorVsWorkbook(name: string, stated: number, computed: number, source: Bilingual): Text {
  const d = Math.max(2, decimalsOf(stated));
  return {
    message: {
      vi: `Chỉ tiêu “${name}” ghi đạt ${pctVi(stated)} nhưng theo ${source.vi} thì là ${pctVi(computed, d)}.`,
      en: `Indicator “${name}” states ${pctEn(stated)} but ${source.en} gives ${pctEn(computed, d)}.`,
    },
    hint: {
      vi: `Ghi kết quả thực hiện là ${pctVi(computed, Math.max(1, decimalsOf(stated)))} theo ${source.vi}, hoặc kiểm tra lại số liệu đó.`,
      en: `Write ${pctEn(computed, Math.max(1, decimalsOf(stated)))} as ${source.en} gives, or check those figures.`,
    },
  };
}

export function dateAfterReport(what: Bilingual, date: number, reportDate: number): Text {
  return {
    message: {
      vi: `${what.vi} có ngày ${dateVi(date)}, sau ngày báo cáo ${dateVi(reportDate)}.`,
      en: `${what.en} is dated ${dateEn(date)}, after the report date ${dateEn(reportDate)}.`,
    },
    hint: {
      vi: 'Kiểm tra lại ngày (có thể gõ nhầm năm hoặc tháng); văn bản, hồ sơ ban hành sau ngày báo cáo thì không đưa vào báo cáo này.',
      en: 'Check the date (the year or month may be mistyped); anything dated after the report does not belong in it.',
    },
  };
}

export function dateOutOfPeriod(what: Bilingual, date: number, start: number | null, end: number | null): Text {
  const periodVi = start !== null && end !== null ? `từ ${dateVi(start)} đến ${dateVi(end)}` : start !== null ? `từ ${dateVi(start)}` : `đến ${dateVi(end ?? 0)}`;
  const periodEn = start !== null && end !== null ? `${dateEn(start)} to ${dateEn(end)}` : start !== null ? `from ${dateEn(start)}` : `up to ${dateEn(end ?? 0)}`;
  return {
    message: {
      vi: `${what.vi} có ngày ${dateVi(date)}, nằm ngoài kỳ báo cáo (${periodVi}).`,
      en: `${what.en} is dated ${dateEn(date)}, outside the reporting period (${periodEn}).`,
    },
    hint: {
      vi: 'Kiểm tra lại ngày, hoặc bỏ dòng này khỏi số liệu của kỳ báo cáo.',
      en: 'Check the date, or leave this row out of the period’s figures.',
    },
  };
}

/** Where a document was met, after its number: " (dẫn trong phần thuyết minh, mục 2.3)"; none for the documents table. */
export function citedNote(section: string | null): Bilingual {
  if (section === null) return { vi: '', en: '' };
  return section
    ? { vi: ` (dẫn trong phần thuyết minh, mục ${section})`, en: ` (cited in the narrative, section ${section})` }
    : { vi: ' (dẫn trong phần thuyết minh)', en: ' (cited in the narrative)' };
}

const NO_NOTE: Bilingual = { vi: '', en: '' };

export function numberOrder(number: string, date: number, other: string, otherDate: number, note = NO_NOTE, otherNote = NO_NOTE): Text {
  return {
    message: {
      vi: `Văn bản số ${number}${note.vi} có ngày ${dateVi(date)}, sớm hơn văn bản số ${other}${otherNote.vi} (ngày ${dateVi(otherDate)}) dù mang số lớn hơn.`,
      en: `Document ${number}${note.en} is dated ${dateEn(date)}, earlier than document ${other}${otherNote.en} (dated ${dateEn(otherDate)}) though its number is higher.`,
    },
    hint: {
      vi: 'Số văn bản cấp theo thứ tự thời gian trong năm: kiểm tra lại số hoặc ngày của hai văn bản này theo sổ đăng ký văn bản đi.',
      en: 'Numbers are given in date order within a year: check the number or date of both documents in the outgoing register.',
    },
  };
}

export function docNumberFormat(text: string, suggestion: string | null, note = NO_NOTE): Text {
  return {
    message: {
      vi: `Số, ký hiệu “${text}”${note.vi} không đúng thể thức (dạng số/KÝ HIỆU, ví dụ 175/QĐ-UBND, không có dấu cách hay chữ thêm).`,
      en: `Number/symbol “${text}”${note.en} is not in the standard form (number/SYMBOL, e.g. 175/QĐ-UBND, without spaces or extra words).`,
    },
    hint: suggestion
      ? { vi: `Ghi là ${suggestion}.`, en: `Write ${suggestion}.` }
      : { vi: 'Ghi theo Nghị định 30/2020/NĐ-CP: số, dấu “/”, rồi ký hiệu viết hoa nối bằng dấu “-”.', en: 'Write it per Decree 30/2020: the number, “/”, then the capital-letter symbol parts joined by “-”.' },
  };
}

export function duplicateRow(what: Bilingual, firstCell: string): Text {
  return {
    message: {
      vi: `${what.vi} đã có ở ô ${firstCell}.`,
      en: `${what.en} already appears in cell ${firstCell}.`,
    },
    hint: {
      vi: 'Xóa dòng lặp lại, hoặc sửa lại nếu đây là một dòng khác bị ghi nhầm.',
      en: 'Delete the repeated row, or correct it if it is a different row written by mistake.',
    },
  };
}

export function negative(fieldLabel: Bilingual, row: Bilingual, value: number): Text {
  const field = low(fieldLabel);
  return {
    message: {
      vi: `Ở ${row.vi}, ${field.vi} là số âm (${nVi(value)}).`,
      en: `In ${row.en}, ${field.en} is negative (${nEn(value)}).`,
    },
    hint: { vi: 'Số này không thể âm: kiểm tra lại dấu trừ hoặc công thức.', en: 'This number cannot be negative: check the minus sign or the formula.' },
  };
}

export function nonInteger(fieldLabel: Bilingual, row: Bilingual, value: number): Text {
  const field = low(fieldLabel);
  return {
    message: {
      vi: `Ở ${row.vi}, ${field.vi} là ${nVi(value)}, nhưng số lượng phải là số nguyên.`,
      en: `In ${row.en}, ${field.en} is ${nEn(value)}, but a count must be a whole number.`,
    },
    hint: { vi: 'Ghi số nguyên (số hồ sơ, số người).', en: 'Write a whole number (dossiers, people).' },
  };
}

export function shareRange(fieldLabel: Bilingual, row: Bilingual, value: number): Text {
  const field = low(fieldLabel);
  return {
    message: {
      vi: `Ở ${row.vi}, ${field.vi} là ${pctVi(value)}, nằm ngoài khoảng 0% – 100%.`,
      en: `In ${row.en}, ${field.en} is ${pctEn(value)}, outside 0% – 100%.`,
    },
    hint: {
      vi: 'Tỷ lệ phải từ 0 đến 100; kiểm tra lại số hoặc định dạng phần trăm của ô.',
      en: 'A share is between 0 and 100; check the number or the cell’s percent format.',
    },
  };
}

export function targetNotPositive(row: Bilingual, value: number): Text {
  return {
    message: {
      vi: `Ở ${row.vi}, chỉ tiêu kế hoạch là ${pctVi(value)}, nên không tính được tỷ lệ đạt so với chỉ tiêu.`,
      en: `In ${row.en}, the target is ${pctEn(value)}, so achievement against it cannot be computed.`,
    },
    hint: { vi: 'Ghi chỉ tiêu được giao (lớn hơn 0).', en: 'Write the assigned target (greater than 0).' },
  };
}
