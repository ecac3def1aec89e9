/** The one line that says a report copy of an old or exported file is a new .xlsx (CLI and web page). */
import type { Bilingual } from '../../core/issues';
import type { LegacyFormat } from './sniff';

const NAMES: Record<LegacyFormat, Bilingual> = {
  xls: { vi: 'Excel 97–2003 (.xls)', en: 'Excel 97–2003 (.xls)' },
  xml2003: { vi: 'XML Spreadsheet 2003', en: 'XML Spreadsheet 2003' },
  html: { vi: 'bảng HTML', en: 'HTML table' },
};

/** The format's name in both languages. */
export function formatName(format: LegacyFormat): Bilingual {
  return NAMES[format];
}

export function formatNotKept(format: LegacyFormat): Bilingual {
  const n = NAMES[format];
  return {
    vi: `Tệp gốc ở định dạng ${n.vi}: bản báo cáo là tệp .xlsx mới gồm các sheet đã đọc và sheet báo cáo, không giữ định dạng gốc (công thức, màu, độ rộng cột); tệp gốc không bị thay đổi.`,
    en: `The original file is in ${n.en} format: the report copy is a new .xlsx holding the sheets as read plus the report sheet, without the original format (formulas, colours, column widths); the original file is unchanged.`,
  };
}
