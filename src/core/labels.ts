/**
 * Words the outputs share, in one place: the label of each severity, as the report sheet's issue list
 * and the Word draft's note print them (and as the command line and the pane may). Table names are
 * the schema's own (`SCHEMA[name].label`).
 */
import type { Bilingual, Severity } from './issues';

export const SEVERITY_LABEL: Record<Severity, Bilingual> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Lưu ý', en: 'Note' },
};
