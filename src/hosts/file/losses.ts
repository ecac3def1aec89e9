/** What a saved copy lacks compared with the user's file, as one sentence each for the CLI and the web page. */
import type { Bilingual } from '../../core/issues';
import type { CopyLosses } from './load';

export function copyWarnings(losses: CopyLosses): Bilingual[] {
  const out: Bilingual[] = [];
  if (losses.validations) {
    out.push({
      vi: 'Tệp có vùng kiểm tra dữ liệu quá lớn nên bản sao báo cáo không giữ các danh sách chọn (Data Validation) của tệp gốc; tệp gốc không bị thay đổi.',
      en: "The file's data-validation ranges are too large to copy safely, so the report copy does not keep its dropdown lists (Data Validation); the original file is unchanged.",
    });
  }
  const parts = [losses.charts && { vi: 'biểu đồ', en: 'charts' }, losses.pivots && { vi: 'bảng tổng hợp (pivot)', en: 'pivot tables' }].filter(
    (p): p is Bilingual => Boolean(p),
  );
  if (parts.length > 0) {
    out.push({
      vi: `Bản sao báo cáo không giữ được ${parts.map((p) => p.vi).join(' và ')} của tệp gốc; tệp gốc không bị thay đổi.`,
      en: `The report copy cannot keep the original file's ${parts.map((p) => p.en).join(' and ')}; the original file is unchanged.`,
    });
  }
  return out;
}
